namespace CaseTracker.Domain.Cases;

/// <summary>A person in a case, in one role (a defender, a relative, a lawyer...).</summary>
public class CaseParticipant
{
    internal CaseParticipant(Guid caseId, Guid personId, ParticipantRole role)
    {
        CaseId = caseId;
        PersonId = personId;
        Role = role;
    }

    public Guid CaseId { get; private set; }

    public Guid PersonId { get; private set; }

    public ParticipantRole Role { get; private set; }
}

/// <summary>A caseworker assigned to a case; for restricted cases, the only caseworkers who may see it.</summary>
public class CaseAssignment
{
    internal CaseAssignment(Guid caseId, Guid userId)
    {
        CaseId = caseId;
        UserId = userId;
    }

    public Guid CaseId { get; private set; }

    public Guid UserId { get; private set; }
}
