import Catalog
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The few cairo, pango and GObject functions the PDF renderer calls, loaded at run time with
/// dlopen/dlsym from the runtime libraries the OS ships, so building needs no -dev packages and
/// the text sheet works on a machine without them.
///
/// The C signatures are declared here by hand (cairo.h, cairo-pdf.h, pango-layout.h,
/// pangocairo.h, gobject.h); pointers to cairo and pango objects are opaque.
struct CairoPango: @unchecked Sendable {
    // @unchecked: the struct holds only C function pointers and library handles, written once by
    // `load` and never changed; cairo and pango objects are created per rendering and not shared.

    typealias WriteFunction = @convention(c) (UnsafeMutableRawPointer?, UnsafePointer<UInt8>?, UInt32) -> Int32

    static let cairoLibrary = "libcairo.so.2"
    static let pangoCairoLibrary = "libpangocairo-1.0.so.0"
    static let pangoLibrary = "libpango-1.0.so.0"
    static let gobjectLibrary = "libgobject-2.0.so.0"

    let pdfSurfaceCreateForStream: @convention(c) (WriteFunction?, UnsafeMutableRawPointer?, Double, Double) -> OpaquePointer?
    let pdfSurfaceSetMetadata: (@convention(c) (OpaquePointer?, Int32, UnsafePointer<CChar>?) -> Void)?
    let surfaceStatus: @convention(c) (OpaquePointer?) -> Int32
    let surfaceFinish: @convention(c) (OpaquePointer?) -> Void
    let surfaceDestroy: @convention(c) (OpaquePointer?) -> Void
    let create: @convention(c) (OpaquePointer?) -> OpaquePointer?
    let destroy: @convention(c) (OpaquePointer?) -> Void
    let status: @convention(c) (OpaquePointer?) -> Int32
    let showPage: @convention(c) (OpaquePointer?) -> Void
    let moveTo: @convention(c) (OpaquePointer?, Double, Double) -> Void
    let rectangle: @convention(c) (OpaquePointer?, Double, Double, Double, Double) -> Void
    let fill: @convention(c) (OpaquePointer?) -> Void
    let setSourceRGB: @convention(c) (OpaquePointer?, Double, Double, Double) -> Void
    let save: @convention(c) (OpaquePointer?) -> Void
    let restore: @convention(c) (OpaquePointer?) -> Void
    let translate: @convention(c) (OpaquePointer?, Double, Double) -> Void
    let rotate: @convention(c) (OpaquePointer?, Double) -> Void
    let lineTo: @convention(c) (OpaquePointer?, Double, Double) -> Void
    let closePath: @convention(c) (OpaquePointer?) -> Void
    let stroke: @convention(c) (OpaquePointer?) -> Void
    let setLineWidth: @convention(c) (OpaquePointer?, Double) -> Void
    let arc: @convention(c) (OpaquePointer?, Double, Double, Double, Double, Double) -> Void
    let newPath: @convention(c) (OpaquePointer?) -> Void
    /// Font features (tabular figures): pango_attr_list_new, pango_attr_font_features_new
    /// (pango 1.38), pango_attr_list_insert, pango_layout_set_attributes, pango_attr_list_unref.
    /// Optional: without them numbers keep the font's default figures.
    let fontFeatures: FontFeatureFunctions?

    struct FontFeatureFunctions {
        let listNew: @convention(c) () -> OpaquePointer?
        let featuresNew: @convention(c) (UnsafePointer<CChar>?) -> OpaquePointer?
        let listInsert: @convention(c) (OpaquePointer?, OpaquePointer?) -> Void
        let layoutSetAttributes: @convention(c) (OpaquePointer?, OpaquePointer?) -> Void
        let listUnref: @convention(c) (OpaquePointer?) -> Void
    }

    let createLayout: @convention(c) (OpaquePointer?) -> OpaquePointer?
    let showLayout: @convention(c) (OpaquePointer?, OpaquePointer?) -> Void
    let updateLayout: @convention(c) (OpaquePointer?, OpaquePointer?) -> Void
    let contextSetResolution: @convention(c) (OpaquePointer?, Double) -> Void
    let layoutGetContext: @convention(c) (OpaquePointer?) -> OpaquePointer?
    let layoutContextChanged: @convention(c) (OpaquePointer?) -> Void
    let layoutSetText: @convention(c) (OpaquePointer?, UnsafePointer<CChar>?, Int32) -> Void
    let layoutSetFontDescription: @convention(c) (OpaquePointer?, OpaquePointer?) -> Void
    let layoutGetSize: @convention(c) (OpaquePointer?, UnsafeMutablePointer<Int32>?, UnsafeMutablePointer<Int32>?) -> Void
    let layoutGetUnknownGlyphsCount: @convention(c) (OpaquePointer?) -> Int32
    let fontDescriptionFromString: @convention(c) (UnsafePointer<CChar>?) -> OpaquePointer?
    let fontDescriptionFree: @convention(c) (OpaquePointer?) -> Void
    let objectUnref: @convention(c) (OpaquePointer?) -> Void

    /// The libraries of this machine, loaded once.
    static let shared: Result<CairoPango, PDFUnavailableError> = load()

    /// Loads the functions from the named libraries; the error names what is missing.
    static func load(cairo: String = cairoLibrary, pangoCairo: String = pangoCairoLibrary, pango: String = pangoLibrary,
                     gobject: String = gobjectLibrary) -> Result<CairoPango, PDFUnavailableError> {
        var missing: [String] = []
        var handles: [String: UnsafeMutableRawPointer] = [:]
        for name in [cairo, pangoCairo, pango, gobject] {
            if let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL) { handles[name] = handle } else { missing.append(name) }
        }
        guard missing.isEmpty else { return .failure(PDFUnavailableError(missing: missing)) }
        func symbol<T>(_ library: String, _ name: String, as type: T.Type) -> T? {
            guard let pointer = dlsym(handles[library], name) else { missing.append("\(name) in \(library)"); return nil }
            return unsafeBitCast(pointer, to: type)
        }
        let loaded = CairoPango(
            pdfSurfaceCreateForStream: symbol(cairo, "cairo_pdf_surface_create_for_stream", as: (@convention(c) (WriteFunction?, UnsafeMutableRawPointer?, Double, Double) -> OpaquePointer?).self) ?? { _, _, _, _ in nil },
            pdfSurfaceSetMetadata: dlsym(handles[cairo], "cairo_pdf_surface_set_metadata").map {
                unsafeBitCast($0, to: (@convention(c) (OpaquePointer?, Int32, UnsafePointer<CChar>?) -> Void).self)
            },
            surfaceStatus: symbol(cairo, "cairo_surface_status", as: (@convention(c) (OpaquePointer?) -> Int32).self) ?? { _ in 1 },
            surfaceFinish: symbol(cairo, "cairo_surface_finish", as: (@convention(c) (OpaquePointer?) -> Void).self) ?? { _ in },
            surfaceDestroy: symbol(cairo, "cairo_surface_destroy", as: (@convention(c) (OpaquePointer?) -> Void).self) ?? { _ in },
            create: symbol(cairo, "cairo_create", as: (@convention(c) (OpaquePointer?) -> OpaquePointer?).self) ?? { _ in nil },
            destroy: symbol(cairo, "cairo_destroy", as: (@convention(c) (OpaquePointer?) -> Void).self) ?? { _ in },
            status: symbol(cairo, "cairo_status", as: (@convention(c) (OpaquePointer?) -> Int32).self) ?? { _ in 1 },
            showPage: symbol(cairo, "cairo_show_page", as: (@convention(c) (OpaquePointer?) -> Void).self) ?? { _ in },
            moveTo: symbol(cairo, "cairo_move_to", as: (@convention(c) (OpaquePointer?, Double, Double) -> Void).self) ?? { _, _, _ in },
            rectangle: symbol(cairo, "cairo_rectangle", as: (@convention(c) (OpaquePointer?, Double, Double, Double, Double) -> Void).self) ?? { _, _, _, _, _ in },
            fill: symbol(cairo, "cairo_fill", as: (@convention(c) (OpaquePointer?) -> Void).self) ?? { _ in },
            setSourceRGB: symbol(cairo, "cairo_set_source_rgb", as: (@convention(c) (OpaquePointer?, Double, Double, Double) -> Void).self) ?? { _, _, _, _ in },
            save: symbol(cairo, "cairo_save", as: (@convention(c) (OpaquePointer?) -> Void).self) ?? { _ in },
            restore: symbol(cairo, "cairo_restore", as: (@convention(c) (OpaquePointer?) -> Void).self) ?? { _ in },
            translate: symbol(cairo, "cairo_translate", as: (@convention(c) (OpaquePointer?, Double, Double) -> Void).self) ?? { _, _, _ in },
            rotate: symbol(cairo, "cairo_rotate", as: (@convention(c) (OpaquePointer?, Double) -> Void).self) ?? { _, _ in },
            lineTo: symbol(cairo, "cairo_line_to", as: (@convention(c) (OpaquePointer?, Double, Double) -> Void).self) ?? { _, _, _ in },
            closePath: symbol(cairo, "cairo_close_path", as: (@convention(c) (OpaquePointer?) -> Void).self) ?? { _ in },
            stroke: symbol(cairo, "cairo_stroke", as: (@convention(c) (OpaquePointer?) -> Void).self) ?? { _ in },
            setLineWidth: symbol(cairo, "cairo_set_line_width", as: (@convention(c) (OpaquePointer?, Double) -> Void).self) ?? { _, _ in },
            arc: symbol(cairo, "cairo_arc", as: (@convention(c) (OpaquePointer?, Double, Double, Double, Double, Double) -> Void).self) ?? { _, _, _, _, _, _ in },
            newPath: symbol(cairo, "cairo_new_path", as: (@convention(c) (OpaquePointer?) -> Void).self) ?? { _ in },
            fontFeatures: loadFontFeatures(handles[pango]),
            createLayout: symbol(pangoCairo, "pango_cairo_create_layout", as: (@convention(c) (OpaquePointer?) -> OpaquePointer?).self) ?? { _ in nil },
            showLayout: symbol(pangoCairo, "pango_cairo_show_layout", as: (@convention(c) (OpaquePointer?, OpaquePointer?) -> Void).self) ?? { _, _ in },
            updateLayout: symbol(pangoCairo, "pango_cairo_update_layout", as: (@convention(c) (OpaquePointer?, OpaquePointer?) -> Void).self) ?? { _, _ in },
            contextSetResolution: symbol(pangoCairo, "pango_cairo_context_set_resolution", as: (@convention(c) (OpaquePointer?, Double) -> Void).self) ?? { _, _ in },
            layoutGetContext: symbol(pango, "pango_layout_get_context", as: (@convention(c) (OpaquePointer?) -> OpaquePointer?).self) ?? { _ in nil },
            layoutContextChanged: symbol(pango, "pango_layout_context_changed", as: (@convention(c) (OpaquePointer?) -> Void).self) ?? { _ in },
            layoutSetText: symbol(pango, "pango_layout_set_text", as: (@convention(c) (OpaquePointer?, UnsafePointer<CChar>?, Int32) -> Void).self) ?? { _, _, _ in },
            layoutSetFontDescription: symbol(pango, "pango_layout_set_font_description", as: (@convention(c) (OpaquePointer?, OpaquePointer?) -> Void).self) ?? { _, _ in },
            layoutGetSize: symbol(pango, "pango_layout_get_size", as: (@convention(c) (OpaquePointer?, UnsafeMutablePointer<Int32>?, UnsafeMutablePointer<Int32>?) -> Void).self) ?? { _, _, _ in },
            layoutGetUnknownGlyphsCount: symbol(pango, "pango_layout_get_unknown_glyphs_count", as: (@convention(c) (OpaquePointer?) -> Int32).self) ?? { _ in 0 },
            fontDescriptionFromString: symbol(pango, "pango_font_description_from_string", as: (@convention(c) (UnsafePointer<CChar>?) -> OpaquePointer?).self) ?? { _ in nil },
            fontDescriptionFree: symbol(pango, "pango_font_description_free", as: (@convention(c) (OpaquePointer?) -> Void).self) ?? { _ in },
            objectUnref: symbol(gobject, "g_object_unref", as: (@convention(c) (OpaquePointer?) -> Void).self) ?? { _ in }
        )
        return missing.isEmpty ? .success(loaded) : .failure(PDFUnavailableError(missing: missing))
    }
}

/// The optional pango functions that set font features, nil when this pango lacks them.
private func loadFontFeatures(_ handle: UnsafeMutableRawPointer?) -> CairoPango.FontFeatureFunctions? {
    guard let listNew = dlsym(handle, "pango_attr_list_new"), let featuresNew = dlsym(handle, "pango_attr_font_features_new"),
          let listInsert = dlsym(handle, "pango_attr_list_insert"), let setAttributes = dlsym(handle, "pango_layout_set_attributes"),
          let listUnref = dlsym(handle, "pango_attr_list_unref") else { return nil }
    return CairoPango.FontFeatureFunctions(
        listNew: unsafeBitCast(listNew, to: (@convention(c) () -> OpaquePointer?).self),
        featuresNew: unsafeBitCast(featuresNew, to: (@convention(c) (UnsafePointer<CChar>?) -> OpaquePointer?).self),
        listInsert: unsafeBitCast(listInsert, to: (@convention(c) (OpaquePointer?, OpaquePointer?) -> Void).self),
        layoutSetAttributes: unsafeBitCast(setAttributes, to: (@convention(c) (OpaquePointer?, OpaquePointer?) -> Void).self),
        listUnref: unsafeBitCast(listUnref, to: (@convention(c) (OpaquePointer?) -> Void).self))
}

/// PDF output is not possible on this machine: cairo or pango is not installed.
public struct PDFUnavailableError: Error, CustomStringConvertible, Sendable {
    public var missing: [String]
    public static let debianPackages = "libcairo2 libpango-1.0-0 libpangocairo-1.0-0"
    public var description: String { message(in: .english) }

    /// What is missing and how to install it, in `language`.
    public func message(in language: Language) -> String {
        Catalog(language)(.sheetPdfUnavailable, ["missing": missing.joined(separator: ", "), "packages": PDFUnavailableError.debianPackages])
    }
}
