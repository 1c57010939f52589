import Foundation

#if FUZZING
/// libFuzzer's entry point (`swift build -c release --product intake-fuzz-record --sanitize=fuzzer
/// -Xswiftc -DFUZZING`, README "Fuzzing the record reader"): libFuzzer supplies `main`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneRecord(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
    _ = RecordPipeline.run(data)
    return 0
}
#else
/// The ordinary build replays a corpus: `intake-fuzz-record DIR|FILE...` runs every file through
/// the pipeline and prints how many it ran; a crash on any of them fails the caller (the tests).
@main
struct CorpusReplay {
    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        guard !arguments.isEmpty else {
            FileHandle.standardError.write(Data("usage: intake-fuzz-record CORPUS-FOLDER|FILE...\n".utf8))
            exit(64)
        }
        var replayed = 0
        for argument in arguments {
            for file in files(at: argument) {
                guard let data = FileManager.default.contents(atPath: file) else {
                    FileHandle.standardError.write(Data("intake-fuzz-record: cannot read \(file)\n".utf8))
                    exit(66)
                }
                _ = RecordPipeline.run(data)
                replayed += 1
            }
        }
        print("replayed \(replayed) inputs")
    }

    /// The files of a folder (sorted), or the file itself.
    static func files(at path: String) -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue,
              let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return [path] }
        return names.filter { !$0.hasPrefix(".") }.sorted().map { path + "/" + $0 }
    }
}
#endif
