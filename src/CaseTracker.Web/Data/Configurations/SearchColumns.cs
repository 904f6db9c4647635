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

    /// <summary>The text search configuration every document and query uses.</summary>
    public const string TextConfiguration = "simple";

    /// <summary>
    /// The one definition of what a table's full text is (ADR 15): a stored generated tsvector column
    /// over <paramref name="textSql"/>, indexed with GIN. The search SQL matches and ranks on the column
    /// itself, so the query and the index cannot drift apart; changing the text is a migration.
    /// </summary>
    internal static void HasSearchDocument<T>(this EntityTypeBuilder<T> builder, string textSql)
        where T : class
    {
        builder.Property<NpgsqlTsVector>(Document)
            .HasComputedColumnSql($"to_tsvector('{TextConfiguration}'::regconfig, {textSql})", stored: true);
        builder.HasIndex(Document).HasMethod("gin");
    }
}
