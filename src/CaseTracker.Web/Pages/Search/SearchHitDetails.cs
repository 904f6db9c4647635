using System.Security.Claims;
using CaseTracker.Web.Data;
using CaseTracker.Web.Data.Configurations;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Html;
using Npgsql;
using NpgsqlTypes;

namespace CaseTracker.Web.Pages.Search;

/// <summary>What a hit on the page shows besides its title: for a person, the spelling that matched and the cases they are in; for an incident, where the words matched.</summary>
public sealed record HitDetail(string? MatchedSpelling, string? Cases, IHtmlContent? Snippet);

/// <summary>
/// Details for the one page of hits already chosen (at most a page size of ids, so the cost does not grow
/// with the number of matches): the person's spelling nearest to the query and their visible cases, and
/// an incident's text with the matched words marked (ts_headline with the same query as the search).
/// </summary>
public sealed class SearchHitDetails(CaseTrackerDbContext db)
{
    // Marks ts_headline puts around a match; the text between them is encoded before <mark> is written.
    private const char Start = '\u27E6';
    private const char Stop = '\u27E7';

    // ts_headline drops whatever looks like an HTML tag ("<b>", "< 5 people"); the text goes in with '<'
    // swapped for a private-use character and comes back with it restored, so nothing typed is lost.
    private const char Less = '\uE000';

    private static readonly string Sql = $$"""
        WITH q AS (SELECT {{SearchColumns.QuerySql("@text::text")}} AS tsq, ct_fold(@text) AS names)
        SELECT 'Person' AS kind, p.id,
               (SELECT s FROM unnest(array_prepend(p.name, p.other_names)) s ORDER BY word_similarity(q.names, ct_fold(s)) DESC, word_similarity(lower(@text), lower(s)) DESC, s LIMIT 1) AS spelling,
               (SELECT string_agg(v.reference, ', ' ORDER BY v.reference) FROM case_participants cp JOIN cases v ON v.id = cp.case_id AND {{CaseAccessSql.MaySeeCase("v")}} WHERE cp.person_id = p.id) AS cases,
               NULL::text AS snippet
        FROM persons p CROSS JOIN q
        WHERE p.id = ANY(@people)
        UNION ALL
        SELECT 'Incident', i.id, NULL, NULL,
               ts_headline('{{SearchColumns.TextConfiguration}}'::regconfig, replace(coalesce(nullif(i.narrative, ''), i.title), '<', '{{Less}}'), q.tsq,
                           'StartSel={{Start}}, StopSel={{Stop}}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "')
        FROM incidents i JOIN cases v ON v.id = i.case_id AND {{CaseAccessSql.MaySeeCase("v")}} CROSS JOIN q
        WHERE i.id = ANY(@incidents)
        """;

    public async Task<IReadOnlyDictionary<Guid, HitDetail>> ForAsync(IReadOnlyList<SearchHit> hits, string? text, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var people = hits.Where(h => h.Kind == SearchHitKind.Person).Select(h => h.Id).ToArray();
        var incidents = hits.Where(h => h.Kind == SearchHitKind.Incident).Select(h => h.Id).ToArray();
        if (string.IsNullOrWhiteSpace(text) || (people.Length == 0 && incidents.Length == 0))
        {
            return new Dictionary<Guid, HitDetail>();
        }

        await using var raw = await RawConnection.OpenAsync(db, cancellationToken);
        await using var batch = new NpgsqlBatch(raw.Connection);

        // Planned once per connection: its plan (the shown ids by primary key) is the same for every search,
        // but PostgreSQL planned it again on each (about 1 ms), the reader's role and text being parameters.
        batch.BatchCommands.Add(new NpgsqlBatchCommand(GenericPlan.ForThisTransaction));
        var command = new NpgsqlBatchCommand(Sql);
        CaseAccessSql.AddParameters(command.Parameters, user);
        command.Parameters.AddWithValue("text", NpgsqlDbType.Text, text);
        command.Parameters.AddWithValue("people", NpgsqlDbType.Array | NpgsqlDbType.Uuid, people);
        command.Parameters.AddWithValue("incidents", NpgsqlDbType.Array | NpgsqlDbType.Uuid, incidents);
        batch.BatchCommands.Add(command);
        var details = new Dictionary<Guid, HitDetail>();
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var snippet = reader.OptionalText("snippet")?.Replace(Less, '<');
            details[reader.Id("id")] = new HitDetail(reader.OptionalText("spelling"), reader.OptionalText("cases"), snippet is null ? null : Marked(snippet));
        }

        return details;
    }

    /// <summary>The snippet as HTML: every piece encoded when written, the matched ones inside mark.</summary>
    public static IHtmlContent Marked(string snippet)
    {
        var html = new HtmlContentBuilder();
        var marked = false;
        foreach (var piece in snippet.Split([Start, Stop]))
        {
            if (piece.Length > 0)
            {
                html.AppendHtml(marked ? "<mark>" : "").Append(piece).AppendHtml(marked ? "</mark>" : "");
            }

            marked = !marked;
        }

        return html;
    }
}
