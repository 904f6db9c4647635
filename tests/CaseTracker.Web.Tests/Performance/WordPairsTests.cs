using CaseTracker.Web.Data.Configurations;
using CaseTracker.Web.Pages.Search;
using CaseTracker.Web.Tests.TestInfrastructure;
using Npgsql;

namespace CaseTracker.Web.Tests.Performance;

/// <summary>
/// Phrases looked up by their word pairs (ADR 34). The pairs of a row are made in SQL (ct_word_pairs, the
/// migration WordPairsIndexes) and the pairs a phrase needs in C# (<see cref="WordPairs"/>): over texts in
/// English and Russian, every row a phrase matches holds the pairs C# asks for, so the pairs index never
/// hides a hit, and the pairs still narrow the rows.
/// </summary>
public sealed class WordPairsTests
{
    private static readonly string[] Texts =
    [
        "Police officers detained the defender at her home.",
        "Officers of the police detained him; the officers later detained his lawyer too.",
        "The officer's colleagues were detained; no officers were there.",
        "Detained officers were released the next day.",
        "Border guards detained the journalist at the crossing.",
        "The border was closed and guards were posted; nobody was detained.",
        "Сотрудники полиции задержали журналиста у здания суда.",
        "Журналиста задержали; сотрудники полиции отказались говорить.",
        "Жалоба на пытки подана в прокуратуру, жалоба о пытках в суд.",
        "Жалобу о пытке отклонили.",
        "Hunger strike in custody: his hunger strike lasted ten days.",
        "He went on strike; hunger was not mentioned.",
        "e-mail threats against the defender",
        "Каракол: задержание в Караколе, Karakol police.",
        "Back\\slash and it's quoted 'words' detained",
    ];

    [Theory]
    [InlineData("\"officers detained\"")]
    [InlineData("\"police officers detained\"")]
    [InlineData("\"border guards detained\" journalist")]
    [InlineData("\"задержали журналиста\"")]
    [InlineData("\"сотрудники полиции\"")]
    [InlineData("\"пытки подана\"")]
    [InlineData("\"hunger strike\"")]
    [InlineData("\"e-mail threats\"")]
    [InlineData("\"Karakol police\"")]
    [InlineData("\"quoted words detained\"")]
    public async Task Every_row_a_phrase_matches_holds_the_pairs_asked_for(string phrase)
    {
        await using var connection = await OpenAsync();
        var pairs = WordPairs.Filter(TsQueryNode.Parse(await SearchRows.TsQueryTextAsync(connection, phrase, CancellationToken.None))!);
        pairs.ShouldNotBeNull(phrase);

        await using var command = new NpgsqlCommand($"""
            WITH docs AS (SELECT {SearchColumns.DocumentSql("t.text")} AS document FROM unnest(@texts) t(text)),
                 q AS (SELECT {SearchColumns.QuerySql("@phrase::text")} AS query)
            SELECT count(*) FILTER (WHERE d.document @@ q.query) AS matched,
                   count(*) FILTER (WHERE d.document @@ q.query AND NOT public.ct_word_pairs(d.document) @@ @pairs::tsquery) AS hidden,
                   count(*) FILTER (WHERE public.ct_word_pairs(d.document) @@ @pairs::tsquery) AS listed
            FROM docs d, q
            """, connection);
        command.Parameters.AddWithValue("texts", Texts);
        command.Parameters.AddWithValue("phrase", phrase);
        command.Parameters.AddWithValue("pairs", pairs);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();

        reader.GetInt64(0).ShouldBeGreaterThan(0, $"{phrase}: rows the phrase matches");
        reader.GetInt64(1).ShouldBe(0, $"{phrase}: rows the phrase matches but the pairs {pairs} do not");
        reader.GetInt64(2).ShouldBeLessThan(Texts.Length / 2, $"{phrase}: the pairs {pairs} narrow the rows");
    }

    [Fact]
    public async Task SQL_cuts_and_joins_the_lexemes_of_neighbouring_words_as_CSharp_does()
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("SELECT public.ct_word_pairs(to_tsvector('simple', 'Полицейские окружили office 𝒜𝒜𝒜𝒜𝒜 ab'))::text", connection);

        var pairs = (string?)await command.ExecuteScalarAsync();

        string Pair(string a, string b) => $"'{WordPairs.Cut(a)}{WordPairs.Joint}{WordPairs.Cut(b)}'";
        pairs.ShouldBe(string.Join(' ', new[] { Pair("полицейские", "окружили"), Pair("окружили", "office"), Pair("office", "𝒜𝒜𝒜𝒜𝒜"), Pair("𝒜𝒜𝒜𝒜𝒜", "ab") }.Order(StringComparer.Ordinal)));
    }

    [Theory]
    [InlineData("'offic':* <-> 'detain':* | 'officers' <-> 'detained'", "(('offi~deta') | ('offi~deta'))")]
    [InlineData("'guard':* <-> 'detain':* <2> 'journalist':*", "('guar~deta')")]
    [InlineData("'жалоб':* <-> ( 'пытк':* | 'пыток':* )", "('жало~пытк' | 'жало~пыто')")]
    [InlineData("'hunger' <-> 'ab':*", "('hung~ab':*)")]
    [InlineData("'it''s' <-> 'a\\\\b'", "('it''s~a\\\\b')")]
    [InlineData("'quorvantelix':* & 'polic':* <-> 'station':*", "('poli~stat')")]
    public void A_phrase_asks_for_the_pairs_of_its_neighbouring_words(string tsquery, string pairs)
    {
        WordPairs.Filter(TsQueryNode.Parse(tsquery)!).ShouldBe(pairs);
    }

    [Theory]
    [InlineData("'offic':* <3> 'polic':* | 'officers' <-> 'of' <-> 'the' <-> 'police'")]
    [InlineData("'ab':* <-> 'detain':*")]
    [InlineData("'quorvantelix':* & 'officer'")]
    [InlineData("!( 'polic':* <-> 'station':* )")]
    [InlineData("'polic':* <-> !'station':*")]
    public void A_query_that_restricts_no_pair_is_left_to_the_full_text_index(string tsquery)
    {
        WordPairs.Filter(TsQueryNode.Parse(tsquery)!).ShouldBeNull();
    }

    private static async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(await Database.Value);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>A migrated database of its own (no app: only the SQL functions are used).</summary>
    private static readonly Lazy<Task<string>> Database = new(TestDatabases.CreateMigratedAsync);
}
