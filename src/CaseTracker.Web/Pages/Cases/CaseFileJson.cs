namespace CaseTracker.Web.Pages.Cases;

/// <summary>The JSON shape of a case file (API and download), built from the redacted read model only.</summary>
public static class CaseFileJson
{
    public static object From(CaseFileView file) => new
    {
        id = file.Case.Id,
        reference = file.Case.Reference,
        title = file.Case.Title,
        summary = file.Case.Summary,
        status = file.Case.Status.ToString(),
        country = file.Case.CountryCode,
        risk = file.Case.Risk.ToString(),
        sensitivity = file.Case.Sensitivity.ToString(),
        people = file.People.Select(p => new { id = p.PersonId, name = p.Name, otherNames = p.OtherNames, role = p.Role.ToString() }),
        incidents = file.Incidents.Select(i => new
        {
            id = i.Id,
            title = i.Title,
            narrative = i.Narrative,
            date = i.Date.ToString(),
            edtf = i.Date.ToEdtf(),
            place = i.Place,
            verification = i.Verification.ToString(),
            types = i.TypeIds.Select(file.Label),
            sources = i.SourceIds,
        }),
        complaints = file.Complaints.Select(c => new
        {
            id = c.Id,
            filedOn = c.FiledOn.ToString(),
            edtf = c.FiledOn.ToEdtf(),
            kind = c.Kind,
            institution = c.Institution,
            subject = c.Subject,
            notes = c.Notes,
            status = c.State.Status.ToString(),
            dueOn = c.State.DueOn,
            daysOfSilence = c.State.DaysOfSilence,
            daysOverdue = c.State.DaysOverdue,
            latestOutcome = c.LatestOutcome,
            responses = c.Responses.Select(r => new { id = r.Id, date = r.Date.ToString(), edtf = r.Date.ToEdtf(), outcome = r.Outcome, summary = r.Summary, daysAfterFiling = r.DaysAfterFiling }),
        }),
        sources = file.Sources.Select(s => new
        {
            id = s.Id,
            confidential = s.Withheld,
            title = s.Title,
            kind = s.Kind.ToString(),
            publisher = s.Publisher,
            publishedOn = s.PublishedOn?.ToString(),
            url = s.Url,
            reliability = s.Reliability.ToString(),
        }),
    };
}
