namespace CaseTracker.Domain.Cases;

public enum CaseStatus
{
    Open,
    Monitoring,
    Closed,
}

public enum RiskLevel
{
    Low,
    Medium,
    High,
    Critical,
}

/// <summary>Restricted cases exist only for admins and the caseworkers assigned to them.</summary>
public enum Sensitivity
{
    Standard,
    Restricted,
}

/// <summary>Why a person appears in a case.</summary>
public enum ParticipantRole
{
    Defender,
    Victim,
    Relative,
    Lawyer,
    Witness,
    Perpetrator,
    Other,
}
