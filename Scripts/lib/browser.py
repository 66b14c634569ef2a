"""What the real-browser tests share: a free loopback port, `oxlabel serve` started and stopped,
Debian's headless Chromium, checks that are counted, and screenshots saved for a person to look at."""
import os
import socket
import subprocess
import time
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service


def free_port():
    """A port nothing listens on, on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`oxlabel serve` on a loopback port, with its log in a file; `start` waits for /healthz."""

    def __init__(self, binary, port, log):
        self.binary, self.port, self.log = binary, port, log
        self.process = None
        self.base = f"http://127.0.0.1:{port}"

    def start(self, env):
        self.stop()
        with open(self.log, "a") as log:
            self.process = subprocess.Popen([self.binary, "serve", "--port", str(self.port)], env={**os.environ, **env},
                                            stdout=log, stderr=subprocess.STDOUT)
        for _ in range(100):
            try:
                with urllib.request.urlopen(f"{self.base}/healthz", timeout=1):
                    return
            except OSError:
                if self.process.poll() is not None:
                    raise SystemExit(f"oxlabel serve stopped; see {self.log}")
                time.sleep(0.2)
        raise SystemExit("oxlabel serve did not answer /healthz")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)
        self.process = None


class Browser:
    """Headless Chromium at a size, with counted checks and screenshots in `shots`."""

    def __init__(self, shots, width, height):
        self.shots, self.width, self.height = shots, width, height
        os.makedirs(shots, exist_ok=True)
        options = webdriver.ChromeOptions()
        options.binary_location = "/usr/bin/chromium"
        for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", f"--window-size={width},{height}", "--lang=zh-CN"]:
            options.add_argument(argument)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        self.driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        self.driver.set_window_size(width, height)
        self.driver.set_page_load_timeout(30)
        self.failures = []

    def check(self, condition, message):
        print(("ok   " if condition else "FAIL ") + message, flush=True)
        if not condition:
            self.failures.append(message)

    def shoot(self, name):
        """The screen, and the whole page at the same width."""
        self.driver.save_screenshot(f"{self.shots}/{name}.png")
        height = self.driver.execute_script("return document.documentElement.scrollHeight")
        self.driver.set_window_size(self.width, max(self.height, height))
        self.driver.save_screenshot(f"{self.shots}/{name}-full.png")
        self.driver.set_window_size(self.width, self.height)

    def browser_problems(self):
        """Errors and warnings the browser logged (a blocked style, a failed request), 404s aside."""
        return [entry["message"] for entry in self.driver.get_log("browser")
                if entry["level"] in ("SEVERE", "WARNING") and "404" not in entry["message"]]

    def quit(self):
        self.driver.quit()
