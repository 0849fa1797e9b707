using System.Globalization;
using System.Text;

namespace ArchiveSite.Diagnostics;

/// <summary>Every diagnostic ArchiveSite can report, with its message text, in one place.</summary>
/// <remarks>Codes are grouped by stage: AS01xx one input file, AS02xx across files, AS03xx theme and output.</remarks>
public static class DiagnosticCodes
{
    private static DiagnosticCode Error(string id, string template) => new(id, Severity.Error, template);
    private static DiagnosticCode Warning(string id, string template) => new(id, Severity.Warning, template);

    // AS01xx: one file's front matter and body.
    public static readonly DiagnosticCode MissingFrontMatter = Error("AS0100", "file must start with a '---' line opening the YAML front matter");
    public static readonly DiagnosticCode UnclosedFrontMatter = Error("AS0101", "front matter is not closed by a '---' line");
    public static readonly DiagnosticCode YamlSyntax = Error("AS0102", "YAML syntax error: {0}");
    public static readonly DiagnosticCode NotAMapping = Error("AS0103", "front matter must be a map of 'key: value' lines");
    public static readonly DiagnosticCode UnknownKey = Error("AS0104", "unknown key '{0}'{1}");
    public static readonly DiagnosticCode MissingKey = Error("AS0105", "missing required key '{0}' ({1})");
    public static readonly DiagnosticCode DuplicateKey = Error("AS0106", "key '{0}' appears more than once; the first is on line {1}");
    public static readonly DiagnosticCode WrongType = Error("AS0107", "'{0}' must be {1}");
    public static readonly DiagnosticCode InvalidDate = Error("AS0108", "'{0}' is not a valid date '{1}'; write it as YYYY-MM-DD");
    public static readonly DiagnosticCode LengthOutOfRange = Error("AS0109", "'{0}' is {1} characters; it must be {2}");
    public static readonly DiagnosticCode CountOutOfRange = Error("AS0110", "'{0}' has {1} entries; it must have {2}");
    public static readonly DiagnosticCode UnsafeUrl = Error("AS0111", "'{0}' must be an absolute http(s) URL, not '{1}'");
    public static readonly DiagnosticCode UnsafeLink = Error("AS0112", "link to '{0}' uses a scheme that is not allowed; use http(s), mailto or a relative link");
    public static readonly DiagnosticCode Placeholder = Error("AS0113", "'{0}' still holds the placeholder from 'new'; {1}");
    public static readonly DiagnosticCode HtmlInPlainText = Warning("AS0114", "'{0}' is plain text; the markup '{1}' will be shown as text, not rendered");
    public static readonly DiagnosticCode DuplicateEntry = Warning("AS0115", "'{0}' lists '{1}' twice");
    public static readonly DiagnosticCode InvalidSetting = Error("AS0116", "'{0}' {1}");
    public static readonly DiagnosticCode UnreadableFile = Error("AS0117", "cannot read file: {0}");
    public static readonly DiagnosticCode InvalidSlug = Error("AS0118", "file name '{0}' is not a valid slug; use lowercase letters, digits and hyphens");
    public static readonly DiagnosticCode MissingFile = Error("AS0119", "required file is missing: {0}");
    public static readonly DiagnosticCode RawHtml = Warning("AS0120", "raw HTML '{0}' is not rendered; it will be shown as text");
    public static readonly DiagnosticCode DataFileNotAMap = Error("AS0121", "{0} must be a map of 'key: value' entries, not {1}");
    public static readonly DiagnosticCode NoThemes = Error("AS0122", "no themes are defined; add at least one key with a title and a description");
    public static readonly DiagnosticCode YamlAliasLimit = Error("AS0123", "more than {0} YAML aliases ('*name') in one file; write the values out");
    public static readonly DiagnosticCode YamlExpansionLimit = Error("AS0124", "YAML aliases expand this file to more than {0} values; write the values out instead of nesting aliases");
    public static readonly DiagnosticCode YamlDepthLimit = Error("AS0125", "YAML maps and lists nest more than {0} deep here");
    public static readonly DiagnosticCode ControlCharacter = Error("AS0126", "'{0}' contains the control character U+{1}, which cannot be published; remove it");
    public static readonly DiagnosticCode InvalidThemeKey = Error("AS0127", "theme key '{0}' is not a valid slug; use lowercase letters, digits and hyphens");
    public static readonly DiagnosticCode ComplexKey = Error("AS0128", "a key must be plain text, not a list, a map or an alias");
    public static readonly DiagnosticCode UnknownAlias = Error("AS0129", "YAML alias '*{0}' has no anchor '&{0}' before it");
    public static readonly DiagnosticCode RecursiveAlias = Error("AS0130", "YAML alias '*{0}' is inside the value it names");
    public static readonly DiagnosticCode SecondDocument = Error("AS0131", "a second YAML document starts here; a file holds one");
    public static readonly DiagnosticCode AliasShared = Error("AS0132", "alias '{0}' of '{1}' is also an alias of '{2}'; an alias must lead to one entry");
    public static readonly DiagnosticCode AliasIsAName = Error("AS0133", "alias '{0}' of '{1}' is the name of another entry; remove the alias or merge the two");
    public static readonly DiagnosticCode NameSlugCollision = Error("AS0134", "'{0}' would have the same URL slug '{1}' as '{2}' on line {3}; spell them apart or make one an alias of the other");
    public static readonly DiagnosticCode NoSlug = Error("AS0135", "'{0}' has no letter or digit to make its URL from");
    public static readonly DiagnosticCode InvalidRange = Error("AS0136", "'{0}' must be a range [min, max] of whole numbers from {1} to {2}");

    // AS0137: a language value (a digest's language:, site.yml's language), which lang attributes, feeds and search take as it is.
    public static readonly DiagnosticCode InvalidLanguage = Error(
        "AS0137", "'{0}' must be a language tag such as en, fr or pt-BR (a two- or three-letter language, then optionally a four-letter script and a region), not '{1}'");

    // AS016x: story lines and public corrections.
    public static readonly DiagnosticCode InvalidStoryKey = Error("AS0160", "story key '{0}' is not a valid slug; use lowercase letters, digits and hyphens");
    public static readonly DiagnosticCode CorrectionWithoutUpdated = Error("AS0161", "a corrected digest needs 'updated' on or after its latest correction ({0}); add 'updated: {0}'");
    public static readonly DiagnosticCode UpdatedBeforeCorrection = Error("AS0162", "'updated' {0} is before the latest correction ({1}); a correction is a change, so set 'updated' to {1} or later");
    public static readonly DiagnosticCode CorrectionBeforeEvent = Warning("AS0163", "correction dated {0} is before the event it corrects ({1}); check the date");

    // AS019x: site.yml's data licence (the open-data files and the footer state it).
    public static readonly DiagnosticCode InvalidLicenseId = Error("AS0190", "data_license.name '{0}' is not an SPDX licence identifier; write one such as CC-BY-4.0, CC0-1.0 or ODbL-1.0 (see spdx.org/licenses)");
    public static readonly DiagnosticCode LicenseNotAMap = Error("AS0191", "data_license must be a map of name (an SPDX identifier such as CC-BY-4.0), title and url, not {0}");

    // AS014x: a body's Markdown (the walls of InputLimits, and Markdig's own failures).
    public static readonly DiagnosticCode MarkdownTooDeep = Error("AS0140", "quotes and lists are nested more than {0} deep here; flatten this part of the text");
    public static readonly DiagnosticCode MarkdownFailed = Error("AS0141", "the Markdown body could not be rendered: {0}");

    // AS015x: one input file as a file: what may be read at all, before any parser sees it.
    public static readonly DiagnosticCode FileTooLarge = Error("AS0150", "file is {0} bytes; the limit is {1} bytes");
    public static readonly DiagnosticCode LineTooLong = Error("AS0151", "line is {0} characters long; the limit is {1}");
    public static readonly DiagnosticCode NotUtf8 = Error("AS0152", "{0}; save the file as UTF-8");
    public static readonly DiagnosticCode NotARegularFile = Error("AS0153", "'{0}' is {1}, not a regular file; only regular files are read");
    public static readonly DiagnosticCode LinkOutsideInput = Error("AS0154", "symbolic link '{0}' {1}; a link may only point to a file inside the input folder");
    public static readonly DiagnosticCode FolderLinkSkipped = Warning("AS0155", "symbolic link '{0}' points to a folder; folder links are not followed, so its files are not read here");
    public static readonly DiagnosticCode UnprintableFileName = Error("AS0156", "the file name contains {0}, which cannot be printed safely; rename the file");
    public static readonly DiagnosticCode ReadFailed = Error("AS0157", "could not read this file ({0}: {1}); please report it if the file looks right");

    // AS017x: identifiers in other databases (a digest's external_ids), each checked against its database's format.
    public static readonly DiagnosticCode UnknownExternalIdScheme = Error("AS0170", "unknown database '{0}' under 'external_ids'{1}");
    public static readonly DiagnosticCode InvalidAiid = Error(
        "AS0171", "'{0}' must be an AI Incident Database incident number: a whole number from 1, without sign or leading zero (e.g. 123), not '{1}'");
    public static readonly DiagnosticCode InvalidAiaaicId = Error("AS0172", "'{0}' must be an AIAAIC Repository ID: 'AIAAIC' and four digits (e.g. AIAAIC1471), not '{1}'");
    public static readonly DiagnosticCode InvalidOecdAimUrl = Error(
        "AS0173", "'{0}' must be the address of an incident page of the OECD AI Incidents Monitor, https://oecd.ai/ then a language and /incidents/ (e.g. https://oecd.ai/en/incidents/2025-06-17-7b1c), not '{1}'");
    // AS018x: the input folder's git history (when digests were added and last changed); never an error, the site then says less.
    public static readonly DiagnosticCode GitHistoryFailed = Warning("AS0180", "git could not read the history of the input folder ({0}); pages say when digests were last changed only where 'updated:' does, and not when they were added");
    public static readonly DiagnosticCode ShallowHistory = Warning("AS0181", "the repository is a shallow clone, so git cannot say when digests were added or last changed; pages say so only where 'updated:' does (fetch the whole history: git fetch --unshallow, or fetch-depth: 0 for actions/checkout)");

    // AS02xx: rules across files, checked when the archive is built.
    public static readonly DiagnosticCode UnknownTag = Error("AS0201", "unknown tag '{0}'{1}");
    public static readonly DiagnosticCode DuplicateSlug = Error("AS0202", "slug '{0}' is already used by {1}; slugs must be unique across all folders");
    public static readonly DiagnosticCode UnknownRelated = Error("AS0203", "related digest '{0}' does not exist{1}");
    public static readonly DiagnosticCode DuplicateSourceUrl = Warning("AS0204", "source URL is also cited by '{0}'; is this the same story?");
    public static readonly DiagnosticCode SummaryRepeatsTitle = Warning("AS0205", "summary repeats the title; say what happened and why it matters instead");
    public static readonly DiagnosticCode FutureDate = Warning("AS0206", "'{0}' {1} is in the future");
    public static readonly DiagnosticCode EntitySpelling = Warning("AS0207", "entity '{0}' looks like '{1}'{2}; use one spelling");
    public static readonly DiagnosticCode SelfRelated = Warning("AS0208", "a digest cannot be related to itself");
    public static readonly DiagnosticCode DuplicatePageSlug = Error("AS0209", "page '{0}' would have the URL of {1}");
    public static readonly DiagnosticCode EntitySlugCollision = Error("AS0210", "organisation '{0}' would have the URL of '{1}' (slug '{2}'); spell them apart or make one an alias of the other");
    public static readonly DiagnosticCode EditorialCount = Error("AS0211", "'{0}' has {1} entries; this archive's editorial rules (site.yml, editorial.{2}) ask for {3}");
    public static readonly DiagnosticCode EditorialBodyWords = Error("AS0212", "the body has {0} words; this archive's editorial rules (site.yml, editorial.body_words) ask for {1}");
    public static readonly DiagnosticCode UnknownStory = Error("AS0213", "unknown story '{0}'{1}");
    public static readonly DiagnosticCode StoryWithoutDigests = Warning("AS0214", "story '{0}' has no published digest, so it gets no page");

    // AS03xx: theme, output folder and the written site.
    public static readonly DiagnosticCode TemplateSyntax = Error("AS0301", "template error: {0}");
    public static readonly DiagnosticCode TemplateRender = Error("AS0302", "template '{0}' failed while rendering {1}: {2}");
    public static readonly DiagnosticCode UnsafeOutput = Error("AS0303", "output folder '{0}' {1}");
    public static readonly DiagnosticCode BrokenLink = Error("AS0304", "page {0} links to {1}, which the site does not contain");
    public static readonly DiagnosticCode LayoutCycle = Error("AS0305", "layout chain loops: {0}");
    public static readonly DiagnosticCode SearchFailed = Error("AS0306", "search index failed: {0}");

    // AS031x: the tools search needs (each says what to install; --no-search always skips the stage).
    public static readonly DiagnosticCode PagefindPathMissing = Error(
        "AS0310", "PAGEFIND_BINARY_PATH is set to '{0}', which does not exist; unset it to use the Pagefind in node_modules, or build with --no-search");
    public static readonly DiagnosticCode NoPackageJson = Error(
        "AS0311", "search needs a package.json that pins Pagefind (`archivesite init` writes one, with pagefind 1.6.0 in devDependencies), and there is none in or above {0}; add one, or build with --no-search");
    public static readonly DiagnosticCode NodeMissing = Error(
        "AS0312", "search needs Node.js and npm to install Pagefind: install them (e.g. apt-get install nodejs npm), or build with --no-search");
    public static readonly DiagnosticCode NpmFailed = Error("AS0313", "npm could not install Pagefind ({0}); run `npm ci` to see why, or build with --no-search");

    // AS036x: Pagefind's service, which indexes the pages as they are rendered (each failure stops it; the output folder is not changed).
    public static readonly DiagnosticCode SearchServiceNotStarted = Error(
        "AS0360", "cannot start Pagefind's service ('{0} --service': {1}); run `npm ci`, or build with --no-search");
    public static readonly DiagnosticCode SearchServiceStopped = Error(
        "AS0361", "Pagefind's service stopped before the search index was written (exit code {0}; {1}); build again, or with --no-search");
    public static readonly DiagnosticCode SearchServiceTimeout = Error(
        "AS0362", "Pagefind's service gave no answer for {0} s while {1}, and was stopped; build again, or with --no-search");
    public static readonly DiagnosticCode SearchServiceGarbled = Error(
        "AS0363", "Pagefind's service answered outside its protocol ({0}), and was stopped; check that PAGEFIND_BINARY_PATH (if set) is the pagefind_extended that package.json pins");
    public static readonly DiagnosticCode SearchServiceRefused = Error("AS0364", "Pagefind's service failed while {0}: {1}");

    // AS032x: writing and replacing the output folder (each says what to do; a failed build leaves the output folder as it was).
    public static readonly DiagnosticCode OutputNoSpace = Error(
        "AS0320", "no space left on the disk that holds '{0}' ({1}); free some space or choose another output folder, then build again; the output folder was not changed");
    public static readonly DiagnosticCode OutputReadOnly = Error(
        "AS0321", "cannot write to '{0}' ({1}); make it and the folder that holds it writable (permissions, a read-only mount, chattr +i) or choose another output folder; the output folder was not changed");
    public static readonly DiagnosticCode OutputWriteFailed = Error("AS0322", "cannot write the new site for '{0}' ({1}); the output folder was not changed");
    public static readonly DiagnosticCode OutputBusy = Error(
        "AS0323", "cannot replace '{0}' ({1}): it is a mount point or in use; mount or share the folder that holds it instead, or choose another output folder");
    public static readonly DiagnosticCode LeftoverNotRemoved = Warning("AS0324", "could not remove '{0}', left by an interrupted build ({1}); the next build tries again, or delete it by hand");
    public static readonly DiagnosticCode PreviousSiteNotRemoved = Warning(
        "AS0325", "the new site is in place, but the previous one, moved to '{0}', could not be removed ({1}); the next build tries again");

    // AS033x: the theme's language files (i18n/{language}.yml): every string the theme shows, with English as the fallback.
    public static readonly DiagnosticCode LanguageKeyMissing = Warning("AS0330", "'{0}' is missing from this language file; the English text from {1} is shown instead");
    public static readonly DiagnosticCode LanguageValueInvalid = Error("AS0331", "'{0}' must be {1}");
    public static readonly DiagnosticCode LanguageKeyUnknown = Warning("AS0332", "'{0}' is not a key of the English language file {1}, so the theme never shows it; check its spelling");
    public static readonly DiagnosticCode NoLanguageFile = Warning(
        "AS0333", "the theme has no language file for '{0}' ({1}), so its interface is shown in English; add that file to translate it");
    public static readonly DiagnosticCode LanguagePlaceholderUnknown = Warning(
        "AS0334", "'{0}' uses the placeholder {{{1}}}, which the English text does not have, so it will be shown as written");
    public static readonly DiagnosticCode LanguageKeyRequired = Error(
        "AS0335", "'{0}' is missing from the English language file; the build writes it into pages, and every other language falls back to English");
    // AS034x: the site's theme folder, which overrides the built-in theme file by file.
    public static readonly DiagnosticCode ThemeFileUnreadable = Error("AS0340", "cannot read this theme file ({0})");
    public static readonly DiagnosticCode ThemeFileIgnored = Warning(
        "AS0341", "this file is not in a folder the theme reads ({0}), so no page uses it{1}");
    // build --cache: a cache never makes a build fail or a site differ; a bad one is set aside and the site built in full.
    public static readonly DiagnosticCode CacheFromOtherTool = Warning(
        "AS0370", "the cache in '{0}' was made by another build of ArchiveSite ({1}, this is {2}); it is ignored and the site built in full");
    public static readonly DiagnosticCode CacheUnreadable = Warning("AS0371", "the cache in '{0}' cannot be used ({1}); it is ignored and the site built in full");
    public static readonly DiagnosticCode CacheForOtherSite = Warning(
        "AS0372", "the cache in '{0}' was made with {1}; the input is reused, and every page is rendered again");
    public static readonly DiagnosticCode CacheNotSaved = Warning("AS0373", "the site was built, but the cache in '{0}' could not be saved ({1}); the next build with it builds in full");
    public static readonly DiagnosticCode CacheFolderUnsafe = Warning("AS0374", "'{0}' cannot hold the cache: {1}; the site is built without it");

    // Details filled into the messages above.
    /// <summary>AS0102's detail when YamlDotNet fails without a message of its own.</summary>
    public const string YamlUnreadable = "the YAML cannot be read from here on";

    /// <summary>Appended to AS0102 while a flow collection is open: the usual cause is a missing ']' or '}'.</summary>
    public static readonly CompositeFormat YamlUnclosedFlow = CompositeFormat.Parse("{0}; the '{1}' on line {2} is not closed");

    /// <summary>How a range reads in AS0110, AS0211 and AS0212.</summary>
    public static readonly CompositeFormat RangeBetween = CompositeFormat.Parse("between {0} and {1}");

    public static readonly CompositeFormat RangeAtLeast = CompositeFormat.Parse("at least {0}");

    public static readonly CompositeFormat RangeAtMost = CompositeFormat.Parse("at most {0}");

    /// <summary>A range as the messages say it: "between 2 and 5", "at least 1", "at most 50".</summary>
    public static string DescribeRange(int? min, int? max) => (min, max) switch
    {
        ({ } low and > 0, { } high) => string.Format(CultureInfo.InvariantCulture, RangeBetween, low, high),
        (_, { } high) => string.Format(CultureInfo.InvariantCulture, RangeAtMost, high),
        ({ } low, null) => string.Format(CultureInfo.InvariantCulture, RangeAtLeast, low),
        _ => "",
    };

    /// <summary>AS0121's {1}: what the file holds instead of a map.</summary>
    public const string AList = "a list";

    public const string ASingleValue = "a single value";

    /// <summary>Every code, for the documentation test and CONTRIBUTING.md.</summary>
    public static IReadOnlyList<DiagnosticCode> All { get; } =
        [.. typeof(DiagnosticCodes).GetFields()
            .Where(f => f.FieldType == typeof(DiagnosticCode))
            .Select(f => (DiagnosticCode)f.GetValue(null)!)];
}
