using CaseTracker.Domain.Cases;
using CaseTracker.Domain.Dates;
using CaseTracker.Domain.People;
using CaseTracker.Domain.Sources;
using CaseTracker.Domain.Vocabularies;

namespace CaseTracker.Web.Data.Seeding;

/// <summary>
/// The demo case, rebuilt from the two public documents in shared/seeds (a UN experts' communication of
/// October 2021 and an NGO joint statement of 2020), restated briefly. Where the sources disagree on
/// dates, both readings are kept and the incident says which source gives which.
/// </summary>
internal static class DemoRuzievCase
{
    public const string Reference = "KG-2020-003";

    public static void Add(CaseTrackerDbContext db, DemoCaseBuilder b, DateTimeOffset now)
    {
        var defender = DemoCaseBuilder.Person("Kamil Ruziev", Sex.Male, 1963, approximate: true, "Lawyer; director of the public foundation Ventus", now.Year,
            "Kamilzhan Ruziev", "Ruziyev", "Рузиев Камилжан");
        var ventus = new Organisation("Ventus", "KG");
        ventus.Describe("Ventus", "KG", "Public foundation in Karakol defending victims of torture, domestic violence and discrimination.");
        defender.JoinOrganisation(ventus.Id, "Director");
        var file = new CaseFile(Reference, "Karakol lawyer threatened, detained and prosecuted after exposing torture", "KG", now);
        file.Describe(Reference, file.Title,
            "A human rights lawyer from Karakol received death threats from a police investigator whose alleged torture he had exposed. "
            + "His complaints went uninvestigated; the security service then opened forgery and fraud cases against him, detained him and "
            + "interrogated him without his lawyer. UN experts wrote to the Government in October 2021; no reply came within 60 days.",
            "KG");
        file.Classify(CaseStatus.Open, RiskLevel.High, Sensitivity.Standard);
        file.AddParticipant(defender.Id, ParticipantRole.Defender);
        db.AddRange(defender, ventus, file);

        var un = new Source(file.Id, "Kyrgyzstan: lawyer allegedly detained, ill-treated and threatened with death (joint communication of UN experts)", SourceKind.UnCommunication);
        un.Describe(un.Title, SourceKind.UnCommunication, "UN Special Rapporteur on the situation of human rights defenders", PartialDate.Parse("4 October 2021"),
            null, "en", Reliability.High, false, "Summary of the communication sent to the Government of Kyrgyzstan on 4 October 2021; press release of 2 November 2021.");
        var ngo = new Source(file.Id, "Kyrgyzstan: drop charges against human rights defender (joint NGO statement)", SourceKind.NgoStatement);
        ngo.Describe(ngo.Title, SourceKind.NgoStatement, "AHRCA, Civil Rights Defenders, IPHR, Norwegian Helsinki Committee, School of Law", PartialDate.Parse("2020"),
            null, "en", Reliability.Medium, false, null);
        db.AddRange(un, ngo);
        Source[] both = [un, ngo];

        var police = b.Institution("Department of Internal Affairs of Karakol City", "police");
        var cityProsecutor = b.Institution("Prosecutor's Office of Karakol City", "prosecutor");
        var scns = b.Institution("State Committee for National Security, Issyk-Kul Region (SCNS)", "security_service");
        var cityCourt = b.Institution("Karakol City Court", "court");
        var regionalCourt = b.Institution("Issyk-Kul Regional Court", "court");
        var ombudsperson = b.Institution("Ombudsperson's representative for the Issyk-Kul region", "ombudsperson");
        var militaryProsecutor = b.Institution("Military Prosecutor's Office", "prosecutor");
        var balykchyCourt = b.Institution("Balykchy City Court", "court");
        var government = b.Institution("Government of the Kyrgyz Republic", "head_of_state", replyDays: 60);
        var ombudsman = b.Institution("Ombudsman of the Kyrgyz Republic", "ombudsperson");
        var policeType = b.Term(Vocabulary.PerpetratorType, "police");
        var security = b.Term(Vocabulary.PerpetratorType, "security_service");
        var judiciary = b.Term(Vocabulary.PerpetratorType, "judiciary");
        var staff = b.Term(Vocabulary.PerpetratorType, "detention_staff");
        Person[] him = [defender];

        b.Incident(file, "2017-2018", "Publicised a torture case he worked on", "He gave legal help to a torture victim and took the case to the media; the alleged perpetrator was not held to account.",
            "Karakol", ["other_event"], him, [un]);
        var pistol = b.Incident(file, "10 June 2019", "Investigator points his pistol at him and threatens to kill him",
            "At the city police department, the investigator accused in the torture case aimed his service pistol at his head and threatened to kill him for making the case public.",
            "Karakol City DIA", ["death_threat"], him, both);
        pistol.AddPerpetrator(police.Id, null, policeType, "Police investigator");
        var june = b.Incident(file, "12-14 June 2019", "Death threats repeated at the police department",
            "The investigator and colleagues again threatened to kill him at the department.", "Karakol City DIA", ["death_threat"], him, both);
        june.RecordDateDisagreement(PartialDate.Parse("10-12 June 2019"), "UN communication: threats on 12 and 14 June 2019 after the first on 10 June. NGO statement: threats on 10 and 12 June 2019.");
        june.AddPerpetrator(police.Id, null, policeType, "Police investigator and colleagues");
        var november = b.Incident(file, "4 November 2019", "Third round of death threats", "The investigator threatened to kill him again; the NGO statement says a firearm was levelled at his head.",
            "Karakol City DIA", ["death_threat"], him, both);
        november.AddPerpetrator(police.Id, null, policeType, "Police investigator");
        var forgery = b.Incident(file, "11 March 2020", "Security service opens a forgery case against him",
            "Criminal case under Article 359(2) (knowingly false official document) because a nurse, not a doctor, signed the medical certificate he gave the regional court.",
            null, ["judicial_harassment"], him, both);
        forgery.AddPerpetrator(scns.Id, null, security, null);
        var held = b.Incident(file, "28 May 2020", "Held at the security service and pressed to testify",
            "Invited to receive answers to his motions, he was kept in a room for about an hour and pressed to admit the certificate was false; an officer said he would 'tear apart' anyone complaining of torture.",
            "SCNS, Karakol", ["arbitrary_detention", "coerced_statement", "threat_intimidation"], him, [un]);
        held.AddPerpetrator(scns.Id, null, security, "Head of the SCNS department and officers");
        var detained = b.Incident(file, "29 May 2020", "Detained at the court exit", "After a hearing on the non-investigation of the threats, an SCNS officer detained him, citing a missing identity document and a missed interrogation.",
            "Karakol City Court", ["arbitrary_detention"], him, both);
        detained.AddPerpetrator(scns.Id, null, security, "SCNS officer");
        var facility = b.Incident(file, "29-30 May 2020", "Locked up for 48 hours against a doctor's advice",
            "Taken handcuffed to an ambulance at night; the doctor found him unfit for detention, but officers placed him in the temporary detention facility for 48 hours, calling him a witness.",
            "Temporary detention facility, Karakol", ["arbitrary_detention", "denial_of_medical_care"], him, [un]);
        facility.AddPerpetrator(scns.Id, null, security, null);
        var conditions = b.Incident(file, "29-31 May 2020", "Denied lawyer, medicine and basic necessities in detention",
            "No lawyer of his choice, no medication, no blanket in the cold; his complaint to the ombudsperson was not sent and he was refused paper to write to the torture-prevention centre. He began a hunger strike.",
            "Temporary detention facility, Karakol", ["denial_of_legal_counsel", "denial_of_medical_care", "torture_ill_treatment"], him, both);
        conditions.AddPerpetrator(null, null, staff, "Detention facility officer");
        var fraud = b.Incident(file, "29-31 May 2020", "Six fraud cases opened while he was in custody",
            "Cases under Article 204 (fraud), based on reports that people he had defended were made to write. Four were later dismissed; the fate of two is unknown.",
            null, ["judicial_harassment"], him, [un]);
        fraud.AddPerpetrator(scns.Id, null, security, null);
        b.Incident(file, "2020", "Security service publishes videos accusing him of fraud",
            "Its press service released videos of three former clients accusing him; the NGOs received information that they were coerced.", null, ["smear_campaign"], him, [ngo])
            .AddPerpetrator(scns.Id, null, security, "SCNS press service");
        b.Incident(file, "30 May 2020", "Ambulance refuses an Istanbul Protocol examination",
            "After the torture-prevention centre's visit, ambulance staff declined to examine him according to the Istanbul Protocol; ambulances came four times on 30-31 May for his health.",
            "Temporary detention facility, Karakol", ["denial_of_medical_care"], him, [un]);
        var interrogation = b.Incident(file, "31 May 2020", "Interrogated without the lawyer waiting outside",
            "Taken to the SCNS and questioned all day; his lawyer stood outside, was not let in and not told. Only then was he told of the Article 359 accusation, without documents.",
            "SCNS, Karakol", ["denial_of_legal_counsel"], him, both);
        interrogation.AddPerpetrator(scns.Id, null, security, "SCNS investigator");
        var houseArrest = b.Incident(file, "31 May 2020", "Court finds detention lawful and orders two months' house arrest", "The city court endorsed the detention and imposed house arrest in the forgery case.",
            "Karakol City Court", ["judicial_harassment"], him, both);
        houseArrest.AddPerpetrator(cityCourt.Id, null, judiciary, null);
        b.Incident(file, "1 June 2020", "Hospitalised for ten days", "His health worsened and he was admitted to the Issyk-Kul Regional Hospital.", "Karakol", ["other_event"], him, both);
        b.Incident(file, "8 June 2020", "Questioned in hospital without a lawyer", "Officers interrogated him on the ward despite his objections and the doctors' opinion.",
            "Issyk-Kul Regional Hospital", ["denial_of_legal_counsel"], him, both)
            .AddPerpetrator(scns.Id, null, security, "Three SCNS officers");
        b.Incident(file, "September 2020", "Made to sign the case file before treatment in Bishkek",
            "Officers allowed his hospitalisation only once he signed that he had read the case file, which lacked the indictment and had unnumbered pages. He was then treated in Bishkek and diagnosed with PTSD.",
            "Bishkek", ["coerced_statement"], him, [un])
            .AddPerpetrator(scns.Id, null, security, null);
        b.Incident(file, "18 September 2020", "Forgery case sent to trial", "The case went to the city court without him having seen the indictment; he faces up to five years.",
            "Karakol City Court", ["judicial_harassment"], him, [un]);

        var c1 = b.Complaint(file, "complaint", cityProsecutor, "12 June 2019", "Investigate the death threats", defender, [un], pistol, june);
        var c2 = b.Complaint(file, "complaint", cityProsecutor, "14 June 2019", "Investigate the repeated death threats", defender, [un], june);
        var c3 = b.Complaint(file, "complaint", scns, "4 November 2019", "Investigate the threats by the investigator", defender, both, november);
        c1.Describe(c1.KindId, c1.InstitutionId, c1.Subject, null, "No investigation was opened (UN communication).");
        c2.Describe(c2.KindId, c2.InstitutionId, c2.Subject, null, "No investigation was opened (UN communication).");
        c3.Describe(c3.KindId, c3.InstitutionId, c3.Subject, null, "No investigation was opened (UN communication).");
        var lawsuit = b.Complaint(file, "lawsuit", cityCourt, "February 2020", "Lawsuit against the security service's failure to act on the threats", defender, both, pistol, june, november);
        b.Response(lawsuit, "29 May 2020", "hearing_held", "Hearing on the non-investigation; he was detained at the court exit afterwards.", un);
        var appeal = b.Complaint(file, "appeal", regionalCourt, "2019-2020", "Appeal against the prosecutors' and the security service's inaction", defender, [un], pistol, june, november);
        b.Response(appeal, "3 March 2020", "hearing_held", "The court considered the appeal after he justified the delay with a medical certificate.", un);
        var toOmbudsperson = b.Complaint(file, "complaint", ombudsperson, "29-31 May 2020", "Complaint about detention conditions", defender, [un], facility, conditions);
        toOmbudsperson.Describe(toOmbudsperson.KindId, toOmbudsperson.InstitutionId, toOmbudsperson.Subject, null, "The detention facility officer reportedly never sent it.");
        var toProsecutor = b.Complaint(file, "complaint", cityProsecutor, "30 May 2020", "Complaint about detention and treatment in custody", defender, [un], facility, conditions);
        b.Response(toProsecutor, "30 May 2020", "acknowledged", "Prosecutors visited the facility the same day but took no action.", un);
        b.Complaint(file, "complaint", cityCourt, "May-June 2020", "Complaint against the house-arrest decision", defender, [un], houseArrest)
            .Describe(b.Term(Vocabulary.ComplaintKind, "complaint"), cityCourt.Id, "Complaint against the house-arrest decision", null, "The judge reportedly did not consider it.");
        var military = b.Complaint(file, "complaint", militaryProsecutor, "2020-2021", "Arbitrary detention and ill-treatment in the detention facility", defender, [un], facility, conditions);
        b.Response(military, "1 March 2021", "rejected", "Complaints rejected.", un);
        var balykchy = b.Complaint(file, "complaint", balykchyCourt, "2020-2021", "Arbitrary detention and ill-treatment in the detention facility", defender, [un], facility, conditions);
        b.Response(balykchy, "8 April 2021", "rejected", "Complaints rejected.", un);
        var regionalAppeal = b.Complaint(file, "appeal", regionalCourt, "2021", "Appeal against the rejections of March and April 2021", defender, [un], facility, conditions);
        b.Response(regionalAppeal, "23 June 2021", "rejected", "Appeals rejected.", un);
        var toOmbudsman = b.Complaint(file, "complaint", ombudsman, "2020-2021", "Violations of his rights by the security service", defender, [un], detained, conditions);
        toOmbudsman.Describe(toOmbudsman.KindId, toOmbudsman.InstitutionId, toOmbudsman.Subject, null, "One of dozens of complaints to national bodies that were reportedly rejected, unanswered or forwarded to the officials complained about.");
        var communication = b.Complaint(file, "un_communication", government, "4 October 2021", "Joint communication of UN experts on threats, arbitrary detention, ill-treatment and prosecution", null, [un],
            pistol, june, november, detained, conditions, forgery, fraud);
        communication.FiledBy(null, null, "UN Special Rapporteur on human rights defenders, with other UN experts");
    }
}
