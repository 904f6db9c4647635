namespace CaseTracker.Domain.Vocabularies;

/// <summary>The controlled lists admins edit. Terms keep a stable code across label changes.</summary>
public enum Vocabulary
{
    IncidentType,
    PerpetratorType,
    InstitutionType,
    ComplaintKind,
    ResponseOutcome,

    /// <summary>What an institution did on its own (an institutional act): a statement, a criminal case opened, a ruling...</summary>
    ActKind,

    /// <summary>What happened in a proceeding: opened, suspended, closed, reopened, sent to court, hearing, ruling, appeal.</summary>
    ProceedingStepKind,
}
