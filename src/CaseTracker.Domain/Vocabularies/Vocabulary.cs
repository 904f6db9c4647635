namespace CaseTracker.Domain.Vocabularies;

/// <summary>The controlled lists admins edit. Terms keep a stable code across label changes.</summary>
public enum Vocabulary
{
    IncidentType,
    PerpetratorType,
    InstitutionType,
    ComplaintKind,
    ResponseOutcome,
}
