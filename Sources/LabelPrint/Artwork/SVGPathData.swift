/// Reads the SVG path-data subset the project's artwork uses: absolute `M`, `L`, `C` and `Z`,
/// with numbers separated by spaces or commas.
enum SVGPathData {
    /// Nil when the data uses anything outside the subset or has a wrong number of coordinates.
    static func commands(from data: String) -> [PathCommand]? {
        var commands = [PathCommand]()
        var letter: Character?
        var numbers = [Double]()

        func flush() -> Bool {
            guard let current = letter else { return numbers.isEmpty }
            let arity = ["M": 2, "L": 2, "C": 6, "Z": 0][current]!
            if arity == 0 {
                guard numbers.isEmpty else { return false }
                commands.append(.close)
                return true
            }
            guard !numbers.isEmpty, numbers.count.isMultiple(of: arity) else { return false }
            for start in stride(from: 0, to: numbers.count, by: arity) {
                let n = numbers[start..<start + arity].map { $0 }
                switch current {
                case "C": commands.append(.curve(x1: n[0], y1: n[1], x2: n[2], y2: n[3], x: n[4], y: n[5]))
                case "M" where start == 0: commands.append(.move(x: n[0], y: n[1]))
                default: commands.append(.line(x: n[0], y: n[1]))
                }
            }
            return true
        }

        var token = ""
        func endNumber() -> Bool {
            defer { token = "" }
            guard !token.isEmpty else { return true }
            guard let value = Double(token) else { return false }
            numbers.append(value)
            return true
        }

        for character in data {
            if "MLCZ".contains(character) {
                guard endNumber(), flush() else { return nil }
                letter = character
                numbers = []
            } else if character == " " || character == "," || character.isNewline || character == "\t" {
                guard endNumber() else { return nil }
            } else if character == "-", !token.isEmpty {
                guard endNumber() else { return nil }
                token = "-"
            } else if character.isNumber || character == "." || character == "-" {
                token.append(character)
            } else {
                return nil
            }
        }
        guard endNumber(), flush(), !commands.isEmpty else { return nil }
        return commands
    }
}
