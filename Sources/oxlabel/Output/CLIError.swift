import RegistryCore
import RegistryServer

/// Command-line mistakes, readable in both languages.
enum CLIError: UserFacingError {
    case noRegistry(path: String)
    case missingOption(String)
    case unknownValue(option: String, value: String, allowed: [String])
    case badValue(option: String, value: String, expected: String)
    case exclusiveOptions([String])
    case printFailed(detail: String)
    case cannotServe(address: String, detail: String)
    case badAddressRange(option: String, AddressRangeError)
    case unreadableFile(path: String)
    case unwritableFile(path: String)
    case unusableFolder(path: String, detail: String)

    var chinese: String {
        switch self {
        case .noRegistry(let path): "\(path) 处没有登记库，请先运行 oxlabel init"
        case .missingOption(let option): "缺少参数 \(option)"
        case .unknownValue(let option, let value, let allowed): "\(option) 的值「\(value)」无效，可选：\(allowed.joined(separator: "、"))"
        case .badValue(let option, let value, let expected): "\(option) 的值「\(value)」无效，应为\(expected)"
        case .exclusiveOptions(let options): "请在 \(options.joined(separator: "、")) 中恰好选用一项"
        case .printFailed(let detail): "印刷文件未能生成，未记录印制：\(detail)"
        case .cannotServe(let address, let detail): "无法在 \(address) 提供服务：\(detail)"
        case .badAddressRange(let option, let error): "\(option)：\(error.chinese)"
        case .unreadableFile(let path): "无法读取文件 \(path)"
        case .unwritableFile(let path): "无法写入文件 \(path)"
        case .unusableFolder(let path, let detail): "无法创建用于保存文件的文件夹 \(path)：\(detail)"
        }
    }

    var english: String {
        switch self {
        case .noRegistry(let path): "no registry at \(path); run `oxlabel init` first"
        case .missingOption(let option): "missing \(option)"
        case .unknownValue(let option, let value, let allowed): "\(option) '\(value)' is not one of \(allowed.joined(separator: ", "))"
        case .badValue(let option, let value, let expected): "\(option) '\(value)' is invalid: expected \(expected)"
        case .exclusiveOptions(let options): "give exactly one of \(options.joined(separator: ", "))"
        case .printFailed(let detail): "the print file could not be written; no print job was recorded: \(detail)"
        case .cannotServe(let address, let detail): "cannot serve on \(address): \(detail)"
        case .badAddressRange(let option, let error): "\(option): \(error.english)"
        case .unreadableFile(let path): "cannot read \(path)"
        case .unwritableFile(let path): "cannot write \(path)"
        case .unusableFolder(let path, let detail): "cannot create the folder \(path) for the file: \(detail)"
        }
    }
}
