using CaseTracker.Domain.Cases;
using CaseTracker.Domain.Dates;
using CaseTracker.Domain.Incidents;
using CaseTracker.Domain.People;
using CaseTracker.Domain.Sources;

namespace CaseTracker.Domain.Tests.Cases;

public class EntityRuleTests
{
    [Fact]
    public void A_case_reference_is_upper_cased_and_limited_to_letters_digits_and_dashes()
    {
        new CaseFile("kg-2020-003", "Lawyer threatened", "kg", DateTimeOffset.UtcNow).Reference.ShouldBe("KG-2020-003");
        Should.Throw<DomainException>(() => new CaseFile("KG 2020/3", "Title", "KG", DateTimeOffset.UtcNow)).Field.ShouldBe("Reference");
        Should.Throw<DomainException>(() => new CaseFile("KG-1", "Title", "XX", DateTimeOffset.UtcNow)).Field.ShouldBe("CountryCode");
        Should.Throw<DomainException>(() => new CaseFile("KG-1", "   ", "KG", DateTimeOffset.UtcNow)).Field.ShouldBe("Title");
    }

    [Fact]
    public void Text_over_its_limit_is_refused_and_text_is_kept_as_typed_otherwise()
    {
        var payload = "<script>alert('x')</script> Рузиев مدافع 🙂";
        var incident = new Incident(Guid.NewGuid(), payload, PartialDate.Parse("2019"));

        incident.Title.ShouldBe(payload);
        Should.Throw<DomainException>(() => incident.Describe(new string('a', 301), null, incident.Date, null, null)).Field.ShouldBe("Title");
    }

    [Fact]
    public void A_person_keeps_other_names_once_each_and_not_the_main_name()
    {
        var person = new Person("Kamil Ruziev");

        person.Rename("Kamil Ruziev", ["Kamilzhan Ruziev", "Ruziyev", "Рузиев", "ruziyev", " ", "Kamil Ruziev"]);

        person.OtherNames.ShouldBe(["Kamilzhan Ruziev", "Ruziyev", "Рузиев"]);
    }

    [Fact]
    public void Archiving_needs_a_reason_and_can_be_undone()
    {
        var source = new Source(Guid.NewGuid(), "NGO joint statement", SourceKind.NgoStatement);

        Should.Throw<DomainException>(() => source.Archive(" ", Guid.NewGuid(), DateTimeOffset.UtcNow));
        source.Archive("Duplicate", Guid.NewGuid(), DateTimeOffset.UtcNow);
        source.IsArchived.ShouldBeTrue();
        source.Restore();
        source.IsArchived.ShouldBeFalse();
        source.ArchiveReason.ShouldBeNull();
    }

    [Fact]
    public void A_source_link_must_be_a_web_address()
    {
        var source = new Source(Guid.NewGuid(), "Statement", SourceKind.NgoStatement);

        Should.Throw<DomainException>(() => source.Describe("Statement", SourceKind.NgoStatement, null, null, "javascript:alert(1)", null, Reliability.High, false, null)).Field.ShouldBe("Url");
    }

    [Fact]
    public void A_date_disagreement_says_which_source_gives_which_date()
    {
        var incident = new Incident(Guid.NewGuid(), "Death threats repeated", PartialDate.Parse("12 June 2019"));

        Should.Throw<DomainException>(() => incident.RecordDateDisagreement(PartialDate.Parse("10 June 2019"), null));
        incident.RecordDateDisagreement(PartialDate.Parse("10 June 2019"), "UN: 12 and 14 June; NGO statement: 10 and 12 June");
        incident.DatesDisagree.ShouldBeTrue();
    }
}
