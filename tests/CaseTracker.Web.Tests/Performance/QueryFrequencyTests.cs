using CaseTracker.Web.Pages.Search;

namespace CaseTracker.Web.Tests.Performance;

/// <summary>
/// The estimate that picks, per kind of record, a scan or the full-text index (issue 17, ADR 15): read from
/// the text PostgreSQL writes a tsquery as, with made-up shares of rows per lexeme.
/// </summary>
public class QueryFrequencyTests
{
    private static readonly Dictionary<string, double> Shares = new()
    {
        ["detain"] = 0.3,
        ["detained"] = 0.25,
        ["summon"] = 0.5,
        ["officer"] = 0.9,
        ["it's"] = 0.2,
    };

    private static double Share(string lexeme, bool prefix) =>
        prefix ? Shares.Where(s => s.Key.StartsWith(lexeme, StringComparison.Ordinal)).Sum(s => s.Value) : Shares.GetValueOrDefault(lexeme);

    [Fact]
    public void Words_and_prefixes_are_combined_as_independent_shares()
    {
        var both = QueryFrequency.Estimate("'detain':* & 'summon':*", Share);

        both.Match.ShouldBe((0.3 + 0.25) * 0.5, 1e-9);
        both.Postings.ShouldBe(0.3 + 0.25 + 0.5, 1e-9);
    }

    [Fact]
    public void Or_adds_shares_and_not_takes_the_rest()
    {
        var either = QueryFrequency.Estimate("'detained' | 'summon'", Share);
        either.Match.ShouldBe(0.25 + 0.5 - (0.25 * 0.5), 1e-9);

        var without = QueryFrequency.Estimate("'officer' & !'summon'", Share);
        without.Match.ShouldBe(0.9 * 0.5, 1e-9);

        var grouped = QueryFrequency.Estimate("( 'detained' | 'summon' ) & 'officer'", Share);
        grouped.Match.ShouldBe(either.Match * 0.9, 1e-9);
    }

    [Fact]
    public void A_quoted_lexeme_with_an_apostrophe_is_read_whole()
    {
        QueryFrequency.Estimate("'it''s'", Share).Match.ShouldBe(0.2, 1e-9);
    }

    [Theory]
    [InlineData("'officer' <-> 'summon'")]
    [InlineData("'officer' <2> 'summon'")]
    public void Words_of_a_phrase_stand_together_in_a_quarter_of_the_rows_that_hold_both(string tsquery)
    {
        var phrase = QueryFrequency.Estimate(tsquery, Share);

        phrase.Match.ShouldBe(0.9 * 0.5 / 4, 1e-9);
        phrase.ScanIsCheaper(rows: 1_000_000, candidates: 201).ShouldBeTrue();
    }

    [Fact]
    public void With_the_pairs_statistics_a_phrase_is_as_common_as_its_pair_and_a_rare_pair_is_never_scanned()
    {
        var pairs = new Dictionary<string, double> { ["offi~summ"] = 0.3 };
        double PairShare(string token, bool prefix) => pairs.GetValueOrDefault(token);

        var common = QueryFrequency.Estimate("'officer' <-> 'summon':*", Share, PairShare);
        common.Match.ShouldBe(0.3, 1e-9);
        common.Postings.ShouldBe(0.3, 1e-9);
        common.ScanIsCheaper(rows: 1_000_000, candidates: 201).ShouldBeTrue();

        var rare = QueryFrequency.Estimate("'summon':* <-> 'officer'", Share, PairShare);
        rare.Match.ShouldBe(0);
        rare.ScanIsCheaper(rows: 1_000_000, candidates: 201).ShouldBeFalse();
    }

    [Theory]
    [InlineData("something PostgreSQL never writes")]
    [InlineData("'officer' & ")]
    [InlineData("'officer' <x> 'summon'")]
    public void A_form_the_parser_does_not_know_is_asked_of_the_index(string tsquery)
    {
        var estimate = QueryFrequency.Estimate(tsquery, Share);

        estimate.Match.ShouldBe(0);
        estimate.ScanIsCheaper(rows: 1_000_000, candidates: 201).ShouldBeFalse();
    }

    [Fact]
    public void Common_words_in_a_large_table_are_read_by_a_scan_and_a_rare_word_never()
    {
        QueryFrequency.Estimate("'detain':* & 'summon':*", Share).ScanIsCheaper(rows: 1_000_000, candidates: 201).ShouldBeTrue();
        QueryFrequency.Estimate("'quorvantelix':*", Share).ScanIsCheaper(rows: 1_000_000, candidates: 201).ShouldBeFalse();
        QueryFrequency.Estimate("'officer' & 'quorvantelix'", Share).ScanIsCheaper(rows: 1_000_000, candidates: 201).ShouldBeFalse();
    }

    [Fact]
    public void In_a_small_table_the_index_is_kept_for_words_a_scan_would_still_read_far_for()
    {
        // 201 matches at 27.5 % is some 730 rows read; the index lists 10,500 of 10,000 rows' postings: too close to call a scan.
        QueryFrequency.Estimate("'detain':* & 'summon':*", Share).ScanIsCheaper(rows: 10_000, candidates: 201).ShouldBeFalse();
    }
}
