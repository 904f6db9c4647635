using CaseTracker.Domain.Proceedings;

namespace CaseTracker.Domain.Vocabularies;

/// <summary>
/// The terms a new installation starts with, after the HURIDOCS micro-thesauri where they fit. Codes are
/// stable; admins may relabel, reorder, deactivate and add terms.
/// </summary>
public static partial class DefaultTerms
{
    public const string ForwardedOutcome = "forwarded";
    public const string OtherEventIncidentType = "other_event";

    /// <summary>Every default term: the first list, then the terms added after comparing it with the HURIDOCS micro-thesauri.</summary>
    public static IReadOnlyList<(Vocabulary Vocabulary, string Code, string Label, int? ReplyDays)> All => [.. First, .. Added];

    // The terms of the first installations; their order decides their positions, so new ones go to Added.
    private static IReadOnlyList<(Vocabulary Vocabulary, string Code, string Label, int? ReplyDays)> First { get; } =
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

    // Compared with the HURIDOCS micro-thesauri (types of acts, types of intervention, types of perpetrators)
    // in December 2026: the common terms the first list lacked. At most nine per vocabulary fit a gap.
    private static IReadOnlyList<(Vocabulary Vocabulary, string Code, string Label, int? ReplyDays)> Added { get; } =
    [
        .. Terms(Vocabulary.IncidentType,
            ("attempted_killing", "Attempted killing"),
            ("physical_assault", "Physical assault"),
            ("sexual_violence", "Rape or sexual violence"),
            ("abduction", "Abduction"),
            ("incommunicado_detention", "Incommunicado detention"),
            ("unfair_trial", "Denial of fair trial"),
            ("property_destruction", "Destruction or seizure of property"),
            ("dismissal_from_work", "Dismissal from work"),
            ("expulsion_deportation", "Expulsion or deportation")),
        .. Terms(Vocabulary.PerpetratorType,
            ("paramilitary", "Paramilitary or militia"),
            ("medical_staff", "Medical staff"),
            ("unidentified", "Unidentified persons")),
        (Vocabulary.InstitutionType, "investigative_committee", "Investigative committee", 30),
        (Vocabulary.InstitutionType, "detention_facility", "Detention facility", 30),
        (Vocabulary.InstitutionType, "local_authority", "Local authority", 30),
        (Vocabulary.InstitutionType, "regional_human_rights_body", "Regional human rights body", 60),
        (Vocabulary.InstitutionType, "international_organisation", "International organisation", 60),
        .. Terms(Vocabulary.ComplaintKind,
            ("urgent_appeal", "Urgent appeal"),
            ("request_for_information", "Request for information"),
            ("open_letter", "Open letter")),
        .. Terms(Vocabulary.ResponseOutcome,
            ("criminal_case_refused", "Refused to open a criminal case"),
            ("information_requested", "Asked for more information"),
            ("not_competent", "Declared itself not competent")),
    ];

    /// <summary>
    /// Where each default term stands in its list. The first list counts in tens; an added term goes into
    /// the gap before its vocabulary's catch-all term ("other", "unknown"), or after the last term, so no
    /// earlier term moves and no admin's order is undone by an upgrade.
    /// </summary>
    public static IReadOnlyDictionary<(Vocabulary Vocabulary, string Code), int> SortOrders => LazySortOrders.Value;

    // Lazy: static fields initialise in the order they are written, and this reads First and Added.
    private static readonly Lazy<IReadOnlyDictionary<(Vocabulary Vocabulary, string Code), int>> LazySortOrders = new(PlaceAll);

    private static Dictionary<(Vocabulary, string), int> PlaceAll()
    {
        var orders = First.Select((term, index) => (Key: (term.Vocabulary, term.Code), Order: (index + 1) * 10)).ToDictionary(t => t.Key, t => t.Order);
        foreach (var group in Added.GroupBy(t => t.Vocabulary))
        {
            var last = First.Last(t => t.Vocabulary == group.Key);
            var lastOrder = orders[(last.Vocabulary, last.Code)];
            var catchAll = last.Code is "other" or OtherEventIncidentType or "unknown";
            var start = catchAll ? lastOrder - 9 : lastOrder + 1;
            foreach (var (term, offset) in group.Select((t, i) => (t, i)))
            {
                orders[(term.Vocabulary, term.Code)] = start + offset;
            }
        }

        return orders;
    }

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
