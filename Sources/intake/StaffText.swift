import ArgumentParser
import Catalog
import Foundation
import IntakeSheet

/// What `intake` says to staff (help, messages, errors, tables) is in the clinic's language:
/// clinic.toml's `language`, else `LC_ALL`/`LC_MESSAGES`/`LANG`, else English
/// (`ClinicConfiguration.staffLanguage`, the one resolution the sheet and home screen use too).
/// Decided once, before the arguments are parsed, so the help is in it as well. JSON output and
/// the patient's own screens are not: they follow the spec and the intake's language.
enum StaffText {
    static let language: Language = ClinicConfiguration.staffLanguage()
    static let catalog = Catalog(language)
}

/// The staff-language text of `key`, placeholders filled: `said(.cliMessageCopies)`.
func said(_ key: TextKey, _ values: [String: String] = [:]) -> String {
    StaffText.catalog(key, values)
}

/// The help of an option or argument, in the staff's language.
func staffHelp(_ key: TextKey, valueName: String? = nil) -> ArgumentHelp {
    ArgumentHelp(said(key), valueName: valueName)
}
