using System.Globalization;
using CaseTracker.Domain.Common;

namespace CaseTracker.Domain.Vocabularies;

/// <summary>
/// One term of a vocabulary: a stable code (used in exports and the API) and a label per UI language.
/// English is required; Russian may follow. Institution types also carry the reply window (days) that
/// institutions of that type are expected to keep.
/// </summary>
public class VocabularyTerm : Entity
{
    private VocabularyTerm()
    {
        Code = "";
        Label = "";
    }

    public VocabularyTerm(Vocabulary vocabulary, string code, string label, int sortOrder, int? defaultReplyDays = null)
    {
        Vocabulary = vocabulary;
        Code = Text.Required(code, TextLimits.Code, "Enter a code.", nameof(code));
        Label = "";
        SortOrder = sortOrder;
        Rename(label, null);
        SetDefaultReplyDays(defaultReplyDays);
    }

    public Vocabulary Vocabulary { get; private set; }

    public string Code { get; private set; }

    public string Label { get; private set; }

    public string? LabelRu { get; private set; }

    public int SortOrder { get; private set; }

    public bool IsActive { get; private set; } = true;

    public int? DefaultReplyDays { get; private set; }

    /// <summary>
    /// Added by a caseworker while entering a record: usable at once, shown to admins as new until one
    /// confirms it or merges it into a term already listed.
    /// </summary>
    public bool IsProposed { get; private set; }

    /// <summary>
    /// A term a caseworker adds while entering a record, placed after the vocabulary's other terms. Its code
    /// is the label's Latin letters and digits with a random suffix, so two proposals never clash.
    /// </summary>
    public static VocabularyTerm Propose(Vocabulary vocabulary, string label, int sortOrder)
    {
        var stem = new string(label.Trim().ToLowerInvariant().Select(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c : '_').ToArray());
        stem = string.Join('_', stem.Split('_', StringSplitOptions.RemoveEmptyEntries));
        stem = stem.Length == 0 ? "term" : stem[..Math.Min(stem.Length, TextLimits.Code - 8)];
        var code = $"{stem}_{Guid.NewGuid():N}"[..(stem.Length + 7)];
        return new VocabularyTerm(vocabulary, code, label, sortOrder) { IsProposed = true };
    }

    public void Confirm() => IsProposed = false;

    public string LabelFor(CultureInfo culture) => LabelIn(culture, Label, LabelRu);

    /// <summary>The label a reader in <paramref name="culture"/> sees: the Russian one where there is one, else the English.</summary>
    public static string LabelIn(CultureInfo culture, string label, string? labelRu)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.TwoLetterISOLanguageName == "ru" && labelRu is not null ? labelRu : label;
    }

    public void Rename(string label, string? labelRu)
    {
        Label = Text.Required(label, TextLimits.Name, "Enter the English label.", nameof(label));
        LabelRu = Text.Optional(labelRu, TextLimits.Name, nameof(labelRu));
    }

    public void SetDefaultReplyDays(int? days)
    {
        if (days is not null && Vocabulary != Vocabulary.InstitutionType)
        {
            throw new DomainException("Only institution types have a reply window.", nameof(days));
        }

        DefaultReplyDays = days is null or (>= 1 and <= 3650)
            ? days
            : throw new DomainException("A reply window is between 1 and 3650 days.", nameof(days));
    }

    public void MoveTo(int sortOrder) => SortOrder = sortOrder;

    public void Deactivate() => IsActive = false;

    public void Activate() => IsActive = true;
}
