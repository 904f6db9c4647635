using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;

namespace CaseTracker.Web.Data.Configurations;

/// <summary>Columns that exist for search only, mapped as shadow properties so the domain stays free of them.</summary>
public static class SearchColumns
{
    public const string PersonNameKey = "NameKey";

    /// <summary>The full-text document of a searchable table, column search_document.</summary>
    public const string Document = "SearchDocument";

    /// <summary>
    /// PostgreSQL's "russian" configuration stems Cyrillic words with the Russian stemmer and Latin words
    /// with the English one, so one document serves readers of both languages.
    /// </summary>
    public const string TextConfiguration = "russian";

    /// <summary>
    /// What a searchable text is indexed as: its stemmed words, plus its words folded across scripts
    /// (ct_fold: Каракол and Karakol both become karakol), so a place written in one script is found from
    /// the other, as names are.
    /// </summary>
    public static string DocumentSql(string textSql) =>
        $"to_tsvector('{TextConfiguration}'::regconfig, {textSql}) || to_tsvector('simple'::regconfig, coalesce(public.ct_fold({textSql}), ''))";

    /// <summary>
    /// The query for what the reader typed (websearch syntax: quotes, or, -word), matching <see cref="DocumentSql"/>:
    /// each stemmed word as a prefix, so "threats" (threat) finds "threatened" (threaten); a Cyrillic stem
    /// that ends in two consonants also with the vowel Russian inserts there, so "пытки" (пытк) finds
    /// "пыток"; or every word folded across scripts.
    /// </summary>
    public static string QuerySql(string parameter) => $$"""
        (regexp_replace(regexp_replace(websearch_to_tsquery('{{TextConfiguration}}'::regconfig, {{parameter}})::text,
            '''([^'']+)''', '''\1'':*', 'g'),
            '''([а-яё]*[бвгджзйклмнпрстфхцчшщ])([бвгджзклмнпрстфхцчшщ])'':\*', '(''\1\2'':* | ''\1о\2'':* | ''\1е\2'':*)', 'g')::tsquery
          || websearch_to_tsquery('simple'::regconfig, public.ct_fold({{parameter}})))
        """;

    /// <summary>
    /// The one definition of what a table's full text is (ADR 15): a stored generated tsvector column
    /// over <paramref name="textSql"/>, indexed with GIN. The search SQL matches and ranks on the column
    /// itself, so the query and the index cannot drift apart; changing the text is a migration.
    /// </summary>
    internal static void HasSearchDocument<T>(this EntityTypeBuilder<T> builder, string textSql)
        where T : class
    {
        builder.Property<NpgsqlTsVector>(Document)
            .HasComputedColumnSql(DocumentSql(textSql), stored: true);
        builder.HasIndex(Document).HasMethod("gin");
    }
}
