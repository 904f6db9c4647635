using CaseTracker.Domain.Vocabularies;

namespace CaseTracker.Domain.Tests.Vocabularies;

public class DefaultTermsTests
{
    [Fact]
    public void Every_default_term_has_a_Russian_label()
    {
        var missing = DefaultTerms.All.Where(t => !DefaultTerms.RussianLabels.ContainsKey((t.Vocabulary, t.Code))).Select(t => $"{t.Vocabulary}.{t.Code}").ToList();
        missing.ShouldBeEmpty();
        DefaultTerms.RussianLabels.Keys.ShouldAllBe(key => DefaultTerms.All.Any(t => t.Vocabulary == key.Vocabulary && t.Code == key.Code), "no label for a term that does not exist");
    }

    [Fact]
    public void Added_terms_go_before_the_catch_all_term_without_moving_any_first_term()
    {
        var orders = DefaultTerms.SortOrders;
        orders[(Vocabulary.IncidentType, "killing")].ShouldBe(10, "the first list keeps its positions");
        orders[(Vocabulary.IncidentType, "attempted_killing")].ShouldBeLessThan(orders[(Vocabulary.IncidentType, DefaultTerms.OtherEventIncidentType)]);
        orders[(Vocabulary.IncidentType, "attempted_killing")].ShouldBeGreaterThan(orders[(Vocabulary.IncidentType, "smear_campaign")]);
        orders[(Vocabulary.ComplaintKind, "urgent_appeal")].ShouldBeGreaterThan(orders[(Vocabulary.ComplaintKind, "un_communication")], "no catch-all there: after the last");
        foreach (var vocabulary in DefaultTerms.All.GroupBy(t => t.Vocabulary))
        {
            vocabulary.Select(t => orders[(t.Vocabulary, t.Code)]).ShouldBeUnique($"{vocabulary.Key} has no two terms in one place");
            vocabulary.Select(t => t.Code).ShouldBeUnique();
        }
    }

    [Fact]
    public void A_proposed_term_gets_a_stable_code_from_its_label()
    {
        var term = VocabularyTerm.Propose(Vocabulary.IncidentType, "Hunger strike broken by force", 500);
        term.Code.ShouldStartWith("hunger_strike_broken_by_force_");
        term.Code.ShouldMatch("^[a-z0-9_]+$");
        term.IsProposed.ShouldBeTrue();
        VocabularyTerm.Propose(Vocabulary.IncidentType, "Голодовка", 500).Code.ShouldMatch("^term_[0-9a-f]{6}$", "a label without Latin letters still gets a code");
        term.Confirm();
        term.IsProposed.ShouldBeFalse();
    }
}
