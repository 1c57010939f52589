import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Compares two PNG images pixel by pixel, decoded with cairo's own PNG reader (loaded with
/// dlopen like the renderer loads it): the fraction of pixels whose grey differs by more than a
/// little, so anti-aliasing noise is tolerated and a moved block is not.
enum PNGComparison {
    struct Image { var width: Int; var height: Int; var pixels: [UInt32] }

    struct Unreadable: Error, CustomStringConvertible { var description: String }

    static func decode(_ png: Data) throws -> Image {
        typealias CreateFromPNG = @convention(c) (UnsafePointer<CChar>?) -> OpaquePointer?
        typealias SurfaceInt = @convention(c) (OpaquePointer?) -> Int32
        typealias SurfaceData = @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<UInt8>?
        typealias SurfaceVoid = @convention(c) (OpaquePointer?) -> Void
        guard let cairo = dlopen("libcairo.so.2", RTLD_NOW) else { throw Unreadable(description: "libcairo.so.2 is needed to read PNGs") }
        func symbol<T>(_ name: String, _ type: T.Type) throws -> T {
            guard let pointer = dlsym(cairo, name) else { throw Unreadable(description: "\(name) is missing from cairo") }
            return unsafeBitCast(pointer, to: type)
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("golden-\(UUID().uuidString).png")
        try png.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let surface = try symbol("cairo_image_surface_create_from_png", CreateFromPNG.self)(file.path)
        defer { try? symbol("cairo_surface_destroy", SurfaceVoid.self)(surface) }
        guard try symbol("cairo_surface_status", SurfaceInt.self)(surface) == 0,
              try symbol("cairo_image_surface_get_format", SurfaceInt.self)(surface) <= 1  // ARGB32 or RGB24
        else { throw Unreadable(description: "not a PNG cairo reads as colour pixels") }
        try symbol("cairo_surface_flush", SurfaceVoid.self)(surface)
        let width = Int(try symbol("cairo_image_surface_get_width", SurfaceInt.self)(surface))
        let height = Int(try symbol("cairo_image_surface_get_height", SurfaceInt.self)(surface))
        let stride = Int(try symbol("cairo_image_surface_get_stride", SurfaceInt.self)(surface))
        guard let data = try symbol("cairo_image_surface_get_data", SurfaceData.self)(surface) else { throw Unreadable(description: "no pixels") }
        var pixels: [UInt32] = []
        pixels.reserveCapacity(width * height)
        for row in 0..<height {
            let rowStart = UnsafeRawPointer(data + row * stride)
            for column in 0..<width { pixels.append(rowStart.load(fromByteOffset: column * 4, as: UInt32.self)) }
        }
        return Image(width: width, height: height, pixels: pixels)
    }

    /// The fraction (0...1) of pixels that differ by more than `tolerance` in any channel; 1
    /// when the sizes differ.
    static func differingFraction(_ a: Image, _ b: Image, tolerance: Int = 48) -> Double {
        guard a.width == b.width, a.height == b.height, !a.pixels.isEmpty else { return 1 }
        var differing = 0
        for (left, right) in zip(a.pixels, b.pixels) where left != right {
            for shift in stride(from: 0, to: 32, by: 8) where abs(Int((left >> shift) & 0xFF) - Int((right >> shift) & 0xFF)) > tolerance {
                differing += 1
                break
            }
        }
        return Double(differing) / Double(a.pixels.count)
    }
}
