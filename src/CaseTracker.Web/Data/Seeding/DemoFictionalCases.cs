using CaseTracker.Domain.Cases;
using CaseTracker.Domain.People;
using CaseTracker.Domain.Proceedings;
using CaseTracker.Domain.Sources;

namespace CaseTracker.Web.Data.Seeding;

/// <summary>
/// Two small cases with clearly invented names, in other countries, so lists and access rules have
/// something to show: one restricted and assigned to the demo caseworker.
/// </summary>
internal static class DemoFictionalCases
{
    public const string StandardReference = "KZ-2023-011";
    public const string RestrictedReference = "TJ-2024-002";

    public static void Add(CaseTrackerDbContext db, DemoCaseBuilder b, Guid caseworkerId, DateTimeOffset now)
    {
        var journalist = DemoCaseBuilder.Person("Aigerim Exampleova (fictional)", Sex.Female, 1990, approximate: false, "Journalist", now.Year);
        var kz = new CaseFile(StandardReference, "Fictional journalist followed and smeared after reporting on land seizures", "KZ", now);
        kz.Classify(CaseStatus.Monitoring, RiskLevel.Medium, Sensitivity.Standard);
        kz.AddParticipant(journalist.Id, ParticipantRole.Defender);
        db.AddRange(journalist, kz);
        var kzSource = new Source(kz.Id, "Interview with the journalist (fictional)", SourceKind.Interview);
        db.Add(kzSource);
        var smear = b.Incident(kz, "March 2023", "Smear articles on pro-government sites", "Invented demo record.", "Almaty", ["smear_campaign"], [journalist], [kzSource]);
        b.Incident(kz, "c. April 2023", "Followed by unidentified men", "Invented demo record.", "Almaty", ["surveillance"], [journalist], [kzSource]);
        var police = b.Institution("Almaty City Police Department (fictional demo)", "police", "KZ");
        b.Complaint(kz, "complaint", police, "2 May 2023", "Identify the men following her", journalist, [kzSource], smear);

        var activist = DemoCaseBuilder.Person("Farrukh Placeholderov (fictional)", Sex.Male, 1985, approximate: true, "Environmental activist", now.Year);
        activist.SetConfidential("Signal only, via the regional coordinator (fictional).", "Moves between two addresses; never name the second one (fictional).");
        var tj = new CaseFile(RestrictedReference, "Fictional activist under travel ban; identity of witnesses protected", "TJ", now);
        tj.Classify(CaseStatus.Open, RiskLevel.Critical, Sensitivity.Restricted);
        tj.AddParticipant(activist.Id, ParticipantRole.Defender);
        tj.Assign(caseworkerId);

        // Known only through the restricted case: it must not exist for anyone who may not see that case.
        var network = new Organisation("Pamir Water Watch (fictional)", "TJ");
        network.Describe(network.Name, network.CountryCode, "Invented demo record; members meet in private.");
        activist.JoinOrganisation(network.Id, "Coordinator");
        db.AddRange(activist, network, tj);
        var witness = new Source(tj.Id, "Witness account (fictional)", SourceKind.Person);
        witness.Describe(witness.Title, SourceKind.Person, "Protected witness (fictional)", null, null, "tg", Reliability.Medium, isConfidential: true, "Invented demo record.");
        db.Add(witness);
        var ban = b.Incident(tj, "January 2024", "Stopped at the airport and told he may not travel", "Invented demo record.", "Dushanbe airport", ["travel_ban"], [activist], [witness]);
        var prosecutor = b.Institution("Prosecutor General's Office (fictional demo)", "prosecutor", "TJ");
        b.Complaint(tj, "complaint", prosecutor, "15 February 2024", "Lift the travel ban", activist, [witness], ban);
        b.Act(tj, prosecutor, "public_statement", "March 2024", "Invented demo record: said the travel ban was lawful.", [activist], [witness], ban);
        var inquiry = b.Proceeding(tj, ProceedingKind.Investigation, prosecutor, "Inquiry into the travel ban (fictional)", "border service officers", [witness], ban);
        b.Step(inquiry, "opened", "April 2024");
    }
}
