using CaseTracker.Domain.Proceedings;

namespace CaseTracker.Domain.Vocabularies;

/// <summary>
/// The terms a new installation starts with, after the HURIDOCS micro-thesauri where they fit. Codes are
/// stable; admins may relabel, reorder, deactivate and add terms.
/// </summary>
public static class DefaultTerms
{
    public const string ForwardedOutcome = "forwarded";
    public const string OtherEventIncidentType = "other_event";

    public static IReadOnlyList<(Vocabulary Vocabulary, string Code, string Label, int? ReplyDays)> All { get; } =
    [
        .. Terms(Vocabulary.IncidentType,
            ("killing", "Killing"),
            ("death_threat", "Death threat"),
            ("threat_intimidation", "Threat or intimidation"),
            ("torture_ill_treatment", "Torture or ill-treatment"),
            ("arbitrary_detention", "Arbitrary detention"),
            ("enforced_disappearance", "Enforced disappearance"),
            ("judicial_harassment", "Judicial harassment"),
            ("denial_of_legal_counsel", "Denial of legal counsel"),
            ("denial_of_medical_care", "Denial of medical care"),
            ("coerced_statement", "Coerced statement"),
            ("surveillance", "Surveillance"),
            ("raid", "Raid"),
            ("travel_ban", "Travel ban"),
            ("smear_campaign", "Smear campaign"),
            (OtherEventIncidentType, "Other event")),
        .. Terms(Vocabulary.PerpetratorType,
            ("police", "Police"),
            ("security_service", "Security service"),
            ("prosecutor", "Prosecutor"),
            ("judiciary", "Judiciary"),
            ("detention_staff", "Detention facility staff"),
            ("military", "Military"),
            ("government_official", "Government official"),
            ("non_state_actor", "Non-state actor"),
            ("unknown", "Unknown")),
        .. InstitutionTypes(),
        .. Terms(Vocabulary.ComplaintKind,
            ("complaint", "Complaint"),
            ("appeal", "Appeal"),
            ("lawsuit", "Lawsuit"),
            ("petition", "Petition"),
            ("motion", "Motion"),
            ("un_communication", "UN communication")),
        .. Terms(Vocabulary.ResponseOutcome,
            ("acknowledged", "Acknowledged"),
            (ForwardedOutcome, "Forwarded"),
            ("investigation_opened", "Investigation opened"),
            ("refused_to_investigate", "Refused to investigate"),
            ("rejected", "Rejected"),
            ("dismissed", "Dismissed"),
            ("upheld", "Upheld"),
            ("partly_upheld", "Partly upheld"),
            ("hearing_held", "Hearing held"),
            ("decision_pending", "Decision pending"),
            ("other", "Other")),
        .. ActKinds(),
        .. StepKinds(),
    ];

    /// <summary>The Russian labels of default terms that have them (the others are labelled by admins for now).</summary>
    public static IReadOnlyDictionary<(Vocabulary Vocabulary, string Code), string> RussianLabels { get; } = new Dictionary<(Vocabulary, string), string>
    {
        [(Vocabulary.ActKind, "public_statement")] = "Публичное заявление",
        [(Vocabulary.ActKind, "denial")] = "Отрицание",
        [(Vocabulary.ActKind, "investigation_opened")] = "Начата проверка",
        [(Vocabulary.ActKind, "criminal_case_opened")] = "Возбуждено уголовное дело",
        [(Vocabulary.ActKind, "charges_brought")] = "Предъявлено обвинение",
        [(Vocabulary.ActKind, "suspects_detained")] = "Задержаны подозреваемые",
        [(Vocabulary.ActKind, "officers_dismissed")] = "Сотрудники уволены",
        [(Vocabulary.ActKind, "release")] = "Освобождение",
        [(Vocabulary.ActKind, "ruling")] = "Судебное решение",
        [(Vocabulary.ActKind, "investigation_suspended")] = "Расследование приостановлено",
        [(Vocabulary.ActKind, "investigation_closed")] = "Расследование прекращено",
        [(Vocabulary.ActKind, "investigation_reopened")] = "Расследование возобновлено",
        [(Vocabulary.ActKind, "compensation")] = "Компенсация",
        [(Vocabulary.ActKind, "other")] = "Другое",
        [(Vocabulary.ProceedingStepKind, ProceedingStates.Opened)] = "Возбуждено",
        [(Vocabulary.ProceedingStepKind, ProceedingStates.Suspended)] = "Приостановлено",
        [(Vocabulary.ProceedingStepKind, ProceedingStates.Closed)] = "Прекращено",
        [(Vocabulary.ProceedingStepKind, ProceedingStates.Reopened)] = "Возобновлено",
        [(Vocabulary.ProceedingStepKind, ProceedingStates.ClosedAndReopened)] = "Прекращалось и возобновлялось",
        [(Vocabulary.ProceedingStepKind, ProceedingStates.SentToCourt)] = "Направлено в суд",
        [(Vocabulary.ProceedingStepKind, ProceedingStates.Hearing)] = "Судебное заседание",
        [(Vocabulary.ProceedingStepKind, ProceedingStates.Ruling)] = "Решение суда",
        [(Vocabulary.ProceedingStepKind, ProceedingStates.Appeal)] = "Обжалование",
        [(Vocabulary.ProceedingStepKind, "other")] = "Другое",
    };

    // The steps of an investigation or a court case; their codes decide its state (ProceedingStates).
    private static IEnumerable<(Vocabulary, string, string, int?)> StepKinds() => Terms(Vocabulary.ProceedingStepKind,
        (ProceedingStates.Opened, "Opened"),
        (ProceedingStates.Suspended, "Suspended"),
        (ProceedingStates.Closed, "Closed"),
        (ProceedingStates.Reopened, "Reopened"),
        (ProceedingStates.ClosedAndReopened, "Closed and reopened"),
        (ProceedingStates.SentToCourt, "Sent to court"),
        (ProceedingStates.Hearing, "Hearing"),
        (ProceedingStates.Ruling, "Ruling"),
        (ProceedingStates.Appeal, "Appeal"),
        ("other", "Other"));

    // What institutions do on their own, after HURIDOCS' "interventions" and the acts reports record most.
    private static IEnumerable<(Vocabulary, string, string, int?)> ActKinds() => Terms(Vocabulary.ActKind,
        ("public_statement", "Public statement"),
        ("denial", "Denial"),
        ("investigation_opened", "Investigation opened"),
        ("criminal_case_opened", "Criminal case opened"),
        ("charges_brought", "Charges brought"),
        ("suspects_detained", "Suspects detained"),
        ("officers_dismissed", "Officers dismissed"),
        ("release", "Release"),
        ("ruling", "Ruling"),
        ("investigation_suspended", "Investigation suspended"),
        ("investigation_closed", "Investigation closed"),
        ("investigation_reopened", "Investigation reopened"),
        ("compensation", "Compensation"),
        ("other", "Other"));

    private static IEnumerable<(Vocabulary, string, string, int?)> Terms(Vocabulary vocabulary, params (string Code, string Label)[] terms) =>
        terms.Select(t => (vocabulary, t.Code, t.Label, (int?)null));

    // Reply windows: 30 days is the usual statutory period for complaints to state bodies in the region;
    // UN special procedures ask governments to reply within 60 days.
    private static IEnumerable<(Vocabulary, string, string, int?)> InstitutionTypes() =>
    [
        (Vocabulary.InstitutionType, "police", "Police", 30),
        (Vocabulary.InstitutionType, "security_service", "Security service", 30),
        (Vocabulary.InstitutionType, "prosecutor", "Prosecutor", 30),
        (Vocabulary.InstitutionType, "court", "Court", 60),
        (Vocabulary.InstitutionType, "ombudsperson", "Ombudsperson", 30),
        (Vocabulary.InstitutionType, "national_preventive_mechanism", "National preventive mechanism", 30),
        (Vocabulary.InstitutionType, "ministry", "Ministry", 30),
        (Vocabulary.InstitutionType, "head_of_state", "Head of state", 30),
        (Vocabulary.InstitutionType, "parliament", "Parliament", 30),
        (Vocabulary.InstitutionType, "un_mechanism", "UN mechanism", 60),
        (Vocabulary.InstitutionType, "other", "Other", 30),
    ];
}
