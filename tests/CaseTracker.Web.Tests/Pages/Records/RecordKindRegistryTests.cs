using System.Xml.Linq;
using AngleSharp.Html.Parser;
using CaseTracker.Domain.Common;
using CaseTracker.Domain.Dates;
using CaseTracker.Web.Pages.Records;
using CaseTracker.Web.Pages.Timeline;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Tests.Pages.Records;

/// <summary>
/// The kinds of record and of timeline entry are declared once (CaseRecordKinds, TimelineKinds): every
/// archivable domain type and every timeline kind is declared, every declared kind has its edit page,
/// its labels and a record in the restricted demo case for the sweeps, and the overview draws one lane
/// per declared lane with each kind's marks in its own lane.
/// </summary>
public sealed class RecordKindRegistryTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public void Every_archivable_domain_type_is_a_declared_record_kind_with_an_edit_page_and_a_record_in_the_restricted_case()
    {
        var archivable = typeof(ArchivableEntity).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(ArchivableEntity)) && !t.IsAbstract).ToList();
        var pages = app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>()?.ViewEnginePath).ToHashSet();
        var restricted = new RestrictedCaseIds(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        CaseRecordKinds.All.Select(k => k.Entity).ShouldBe(archivable, ignoreOrder: true);
        CaseRecordKinds.All.Select(k => k.Code).ShouldBeUnique();
        foreach (var kind in CaseRecordKinds.All)
        {
            pages.ShouldContain(kind.EditPage, kind.Code);
            Should.NotThrow(() => restricted.IdOf(kind.Code), $"the sweeps need a restricted record of kind {kind.Code}");
        }
    }

    [Fact]
    public void Every_timeline_kind_is_declared_once_and_every_kind_and_fact_label_has_an_english_resource()
    {
        TimelineKinds.All.Select(k => k.Kind).ShouldBe(Enum.GetValues<TimelineKind>(), ignoreOrder: true);
        TimelineKinds.All.Select(k => k.Code).ShouldBeUnique();
        TimelineKinds.Lanes.Select(l => l.Index).ShouldBe(Enumerable.Range(0, TimelineKinds.Lanes.Count));
        TimelineKinds.All.Select(k => k.Lane).Distinct().ShouldBe(TimelineKinds.Lanes, ignoreOrder: true, "every lane holds some kind");

        var resources = XDocument.Load(RepositoryFiles.PathOf("src", "CaseTracker.Web", "Resources", "SharedResource.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
        var everyFact = new Web.Pages.Incidents.IncidentView(Guid.NewGuid(), Guid.NewGuid(), "t", "n", PartialDate.Year(2020), PartialDate.Year(2021), "note", "place",
            Domain.Incidents.VerificationStatus.Alleged, false, [], [], [], [], [], [], new Domain.Groups.GroupCount(3, Domain.Groups.CountQualifier.About, "group", true), new Dictionary<Guid, string>());
        var labels = TimelineKinds.All.Select(k => k.Label).Concat(TimelineKinds.Lanes.Select(l => l.Label)).Concat(CaseRecordKinds.All.Select(k => k.Label))
            .Concat(everyFact.Facts.Select(f => f.Label));
        labels.Where(label => !resources.Contains(label)).ShouldBeEmpty("add these labels to Resources/SharedResource.resx");
    }

    [Fact]
    public void The_overview_draws_one_lane_per_declared_lane_and_each_kind_in_its_own_lane()
    {
        var localizer = app.Factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var complaint = Guid.NewGuid();
        var entries = TimelineKinds.All.Select((kind, i) => new TimelineEntry(kind.Kind, kind.Kind == TimelineKind.Complaint ? complaint : Guid.NewGuid(), kind.Code,
            PartialDate.Day(2019 + i, 6, 1), [], [], [], false)
        { LinkedIds = [complaint] }).ToList();

        using var writer = new StringWriter();
        TimelineOverview.Render(entries, new DateOnly(2026, 1, 1), localizer).WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        var svg = new HtmlParser().ParseDocument("<body>" + writer + "</body>");

        svg.QuerySelectorAll("text.lane-label").Select(t => t.TextContent).ShouldBe(TimelineKinds.Lanes.Select(l => localizer[l.Label].Value));
        var marks = svg.QuerySelectorAll("rect").ToList();
        marks.Count.ShouldBe(TimelineKinds.All.Count(k => k.DrawnAsMark));
        marks.Select(m => m.GetAttribute("class")).ShouldBe(TimelineKinds.All.Where(k => k.DrawnAsMark).Select(k => k.Lane.MarkClass), "each kind's mark has its lane's style");
        marks.Select(m => double.Parse(m.GetAttribute("y")!, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(TimelineKinds.All.Where(k => k.DrawnAsMark).Select(k => 8 + (k.Lane.Index * 26) + 5.0), "each mark sits at the top of its kind's lane (8 px margin, 26 px lanes, 5 px inset)");
    }
}
