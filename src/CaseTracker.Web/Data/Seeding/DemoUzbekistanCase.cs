using CaseTracker.Domain.Cases;
using CaseTracker.Domain.Dates;
using CaseTracker.Domain.People;
using CaseTracker.Domain.Sources;

namespace CaseTracker.Web.Data.Seeding;

/// <summary>
/// An invented case in Uzbekistan whose dates are written the way NGO reports and news write them: open
/// ends, parts of a month, seasons, a range of mixed precision, an unsure year, times of day, Russian
/// forms, a filing known only by the day before which it happened. Every name is fictional.
/// </summary>
internal static class DemoUzbekistanCase
{
    public const string Reference = "UZ-2021-007";

    public static void Add(CaseTrackerDbContext db, DemoCaseBuilder b, DateTimeOffset now)
    {
        var lawyer = DemoCaseBuilder.Person("Dilnoza Samplova (fictional)", Sex.Female, 1979, approximate: true, "Human rights lawyer", now.Year);
        var file = new CaseFile(Reference, "Fictional lawyer detained after defending protesters; dates as the reports give them", "UZ", now);
        file.Classify(CaseStatus.Open, RiskLevel.High, Sensitivity.Standard);
        file.AddParticipant(lawyer.Id, ParticipantRole.Defender);
        db.AddRange(lawyer, file);
        var report = new Source(file.Id, "NGO overview of the lawyer's case (fictional)", SourceKind.NgoStatement);
        var news = new Source(file.Id, "News report on the night raid (fictional)", SourceKind.MediaArticle);
        // Their dates are what the case's silences are known as of: nothing is claimed after 9 October 2021.
        report.Describe(report.Title, report.Kind, "Demo NGO", PartialDate.Parse("9 October 2021"), null, "en", Reliability.High, false, null);
        news.Describe(news.Title, news.Kind, "Demo news site", PartialDate.Parse("14 March 2021"), null, "ru", Reliability.Medium, false, null);
        db.AddRange(report, news);

        b.Incident(file, "September 2011 - 2015", "Followed and her phone tapped", "Invented demo record: a range that starts at a month and ends at a year.", "Tashkent", ["surveillance"], [lawyer], [report]);
        b.Incident(file, "2016?", "Barred from leaving the country (year unsure in the source)", "Invented demo record.", "Tashkent airport", ["travel_ban"], [lawyer], [report]);
        b.Incident(file, "весна 2018", "Smear articles on state television", "Invented demo record, dated in Russian by the source.", null, ["smear_campaign"], [lawyer], [report]);
        b.Incident(file, "в мае 2018", "Questioned by the security service about her clients", "Invented demo record.", "Tashkent", ["judicial_harassment"], [lawyer], [report]);
        var threats = b.Incident(file, "early March 2021", "Threatening calls after she took on protesters' cases", "Invented demo record.", null, ["threat_intimidation"], [lawyer], [report]);
        var raid = b.Incident(file, "the night of 12-13 March 2021", "Home searched at night", "Invented demo record.", "Tashkent", ["raid"], [lawyer], [news]);
        var detention = b.Incident(file, "about 10 pm on 13 March 2021", "Taken from her office by plain-clothes officers", "Invented demo record.", "Tashkent", ["arbitrary_detention"], [lawyer], [news, report]);
        b.Incident(file, "since 14 March 2021", "Held in pre-trial detention", "Invented demo record: ongoing, no end invented.", "Tashkent pre-trial detention centre", ["arbitrary_detention"], [lawyer], [report]);
        b.Incident(file, "a week later", "Her assistant, taken with her, released without charge", "Invented demo record: the report dates the release only from the detention.", "Tashkent", ["arbitrary_detention"], [lawyer], [report], after: detention);
        b.Incident(file, "before 9 October 2021", "Denied a doctor of her choice", "Invented demo record: the source says only that it happened before its own date.", null, ["denial_of_medical_care"], [lawyer], [report]);

        var prosecutor = b.Institution("Tashkent City Prosecutor (fictional demo)", "prosecutor", "UZ");
        var ombudsperson = b.Institution("Ombudsperson's Office (fictional demo)", "ombudsperson", "UZ");
        var complaint = b.Complaint(file, "complaint", prosecutor, "15 March 2021", "Investigate the night search and the detention", lawyer, [news], raid, detention);
        b.Response(complaint, "early April 2021", "refused_to_investigate", "Invented demo record.", report);
        b.Complaint(file, "petition", ombudsperson, "before 5 May 2021", "Visit her in detention and report on the threats", lawyer, [report], threats, detention);

        // The report dates this complaint only by its year; it is about the detention, so it comes after it in the story.
        var conditions = b.Complaint(file, "complaint", prosecutor, "2021", "Conditions of her pre-trial detention", lawyer, [report], detention);
        conditions.Schedule(PartialDate.ParseAfter("2021", detention), conditions.ReplyWindowDays, null);
    }
}
