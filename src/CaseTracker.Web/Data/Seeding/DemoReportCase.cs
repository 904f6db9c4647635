using CaseTracker.Domain.Cases;
using CaseTracker.Domain.Dates;
using CaseTracker.Domain.Groups;
using CaseTracker.Domain.People;
using CaseTracker.Domain.Proceedings;
using CaseTracker.Domain.Sources;

namespace CaseTracker.Web.Data.Seeding;

/// <summary>
/// An invented case built the way a long NGO report is written: a rally broken up and dozens detained, a
/// detainee beaten with his cellmates and dead in custody, official statements with numbers, officers
/// dismissed, an investigation closed and reopened for two years before a court ruling, dozens of
/// complaints filed at once, one forwarded to the body complained about and answered by it. Every fact
/// is its own kind of record; nothing is a stand-in "Other event". Every name and place is fictional.
/// </summary>
internal static class DemoReportCase
{
    public const string Reference = "KZ-2022-019";

    public static void Add(CaseTrackerDbContext db, DemoCaseBuilder b, DateTimeOffset now)
    {
        var activist = DemoCaseBuilder.Person("Serik Demonstratov (fictional)", Sex.Male, 1987, approximate: false, "Trade union activist", now.Year);
        activist.HoldsCitizenship(["KZ"]);
        var sister = DemoCaseBuilder.Person("Gulnara Demonstratova (fictional)", Sex.Female, 1990, approximate: true, "Teacher", now.Year);
        var lawyer = DemoCaseBuilder.Person("Arman Counselov (fictional)", Sex.Male, 1975, approximate: true, "Lawyer", now.Year);
        var officer = DemoCaseBuilder.Person("Bolat Exampleuly (fictional)", Sex.Male, null, approximate: false, "Police officer", now.Year);
        var file = new CaseFile(Reference, "Fictional report: rally broken up, a detainee dead in custody, an investigation closed and reopened", "KZ", now);
        file.Classify(CaseStatus.Open, RiskLevel.High, Sensitivity.Standard);
        file.AddParticipant(activist.Id, ParticipantRole.Defender);
        file.AddParticipant(sister.Id, ParticipantRole.Relative);
        file.AddParticipant(lawyer.Id, ParticipantRole.Lawyer);
        file.AddParticipant(officer.Id, ParticipantRole.Perpetrator);
        var coalition = new Organisation("Sampletown Human Rights Coalition (fictional)", "KZ");
        db.AddRange(activist, sister, lawyer, officer, file, coalition);

        var report = new Source(file.Id, "Long NGO report on the January events in Sampletown (fictional)", SourceKind.NgoStatement);
        report.Describe(report.Title, report.Kind, "Demo NGO", PartialDate.Parse("15 June 2024"), null, "ru", Reliability.High, false, null);
        var statement = new Source(file.Id, "Ministry press release (fictional)", SourceKind.Document);
        statement.Describe(statement.Title, statement.Kind, "Ministry of Internal Affairs (fictional)", PartialDate.Parse("8 January 2022"), null, "ru", Reliability.Medium, false, null);
        db.AddRange(report, statement);

        var police = b.Institution("Sampletown District Police Department (fictional demo)", "police", "KZ");
        var facility = b.Institution("Sampletown temporary detention facility (fictional demo)", "detention_facility", "KZ");
        var ministry = b.Institution("Ministry of Internal Affairs (fictional demo)", "ministry", "KZ");
        var prosecutor = b.Institution("Regional Prosecutor's Office (fictional demo)", "prosecutor", "KZ");
        var court = b.Institution("Sampletown District Court (fictional demo)", "court", "KZ");
        var ombudsperson = b.Institution("Human Rights Commissioner (fictional demo)", "ombudsperson", "KZ");
        var rapporteur = b.Institution("UN Special Rapporteur on torture (demo)", "un_mechanism", null);

        var rally = b.Incident(file, "5 January 2022", "Rally broken up and protesters detained", "Invented demo record: police detained protesters at a peaceful rally on the main square.", "Sampletown (fictional)", ["arbitrary_detention"], [activist], [report]);
        rally.ConcernsGroup(new GroupCount(30, CountQualifier.AtLeast, "protesters", includesNamed: true));
        rally.AddPerpetrator(police.Id, officer.Id, b.Term(Domain.Vocabularies.Vocabulary.PerpetratorType, "police"), null, "Major, head of the district police department");

        var beating = b.Incident(file, "5-7 January 2022", "Beaten in the detention facility with his cellmates", "Invented demo record: detainees were beaten during questioning over two days.", "Sampletown temporary detention facility (fictional)", ["torture_ill_treatment"], [activist], [report]);
        beating.ConcernsGroup(new GroupCount(12, CountQualifier.Exactly, "cellmates", includesNamed: true));
        beating.DescribeVictim(activist.Id, "34", "Broken ribs and a head injury, as the report describes them", conditionConfidential: false);
        beating.AddPerpetrator(police.Id, null, null, "officers who questioned the detainees");
        beating.AddPerpetrator(facility.Id, null, b.Term(Domain.Vocabularies.Vocabulary.PerpetratorType, "detention_staff"), "guards on duty");

        var care = b.Incident(file, "6-7 January 2022", "No doctor called despite his injuries", "Invented demo record.", "Sampletown temporary detention facility (fictional)", ["denial_of_medical_care"], [activist], [report]);
        care.AddPerpetrator(facility.Id, null, b.Term(Domain.Vocabularies.Vocabulary.PerpetratorType, "detention_staff"), null);

        activist.Died(PartialDate.Parse("7 January 2022"), "Sampletown temporary detention facility (fictional)",
            "Invented demo record: found dead in his cell; the official cause given was heart failure, the family saw injuries.", beating.Id);

        var denial = b.Act(file, ministry, "public_statement", "8 January 2022", "Invented demo record: said that about 150 people had been detained in the region and that all were treated lawfully.", [], [statement], rally);
        denial.ConcernsGroup(new GroupCount(150, CountQualifier.About, "people detained in the region", includesNamed: true));
        b.Act(file, ministry, "denial", "10 January 2022", "Invented demo record: denied that the death was caused by ill-treatment.", [activist], [report], beating);
        var dismissal = b.Act(file, ministry, "officers_dismissed", "March 2022", "Invented demo record: three officers of the facility dismissed \"for breaches of duty\".", [officer], [report], beating);
        dismissal.ConcernsGroup(new GroupCount(3, CountQualifier.Exactly, "officers of the facility", includesNamed: false));

        var investigation = b.Proceeding(file, ProceedingKind.Investigation, prosecutor, "Criminal investigation into the death in custody (fictional)", "officers of the district police and the facility", [report], beating);
        b.Step(investigation, "opened", "10 January 2022");
        b.Step(investigation, "closed", "June 2022");
        b.Step(investigation, "closed_and_reopened", "September 2022 - 2023", times: 3);
        b.Step(investigation, "sent_to_court", "February 2024");
        b.Step(investigation, "ruling", "May 2024", court: court, instance: "First instance", outcome: "Two officers convicted of abuse of office; suspended sentences");

        var deathComplaint = b.Complaint(file, "complaint", prosecutor, "9 January 2022", "Investigate his death and name those responsible", sister, [report], beating);
        var forwarded = b.Response(deathComplaint, "February 2022", "forwarded", "Invented demo record: sent the complaint to the district police for checking.", report);
        forwarded.ForwardedTo(police.Id, toBodyComplainedAbout: true);
        var policeAnswer = b.Response(deathComplaint, "March 2022", "rejected", "Invented demo record: the district police found no breach by its officers.", report);
        policeAnswer.CameFrom(police.Id, prosecutor.Id);

        var many = b.Complaint(file, "complaint", ombudsperson, "February 2022", "Complaints of ill-treatment of detainees", null, [report], rally, beating);
        many.FiledBy(null, coalition.Id, null);
        many.StandsFor(64, CountQualifier.Exactly);
        many.ConcernsGroup(new GroupCount(64, CountQualifier.Exactly, "detainees or their families", includesNamed: false));

        var un = b.Complaint(file, "un_communication", rapporteur, "April 2022", "Urge an effective investigation of the death in custody", lawyer, [report], beating);
        un.AsksAbout(investigation.Id);
        b.Response(un, "June 2022", "acknowledged", "Invented demo record: communication registered and sent to the government.", report);
    }
}
