using System.Net;
using CaseTracker.Domain.Complaints;
using CaseTracker.Domain.Dates;
using CaseTracker.Domain.Vocabularies;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseTracker.Web.Tests.TestInfrastructure;

/// <summary>The five kinds of visitor the access tests try.</summary>
public enum Visitor { Anonymous, Admin, AssignedCaseworker, UnassignedCaseworker, Researcher }

/// <summary>Ids of the restricted demo case and of one record of each kind inside it.</summary>
public sealed record RestrictedCaseIds(Guid Case, Guid Incident, Guid Complaint, Guid Response, Guid Source, Guid Person, Guid User, Guid Organisation, Guid Act, Guid Proceeding, Guid Step)
{
    public IReadOnlyList<Guid> All => [Case, Incident, Complaint, Response, Source, Person, Organisation, Act, Proceeding, Step];

    /// <summary>The restricted case's record of a kind of <see cref="Web.Pages.Records.CaseRecordKinds"/>: a new kind fails the sweeps until the demo case has one.</summary>
    public Guid IdOf(string kindCode) => kindCode switch
    {
        "incident" => Incident,
        "complaint" => Complaint,
        "response" => Response,
        "source" => Source,
        "act" => Act,
        "proceeding" => Proceeding,
        "step" => Step,
        _ => throw new InvalidOperationException($"The restricted demo case has no record of kind '{kindCode}': add one (DemoFictionalCases) and name it here."),
    };
}

/// <summary>
/// The restricted demo case (TJ-2024-002, assigned to the demo caseworker) and clients signed in as each
/// kind of visitor, including a caseworker it is not assigned to.
/// </summary>
public static class RestrictedCaseVisitors
{
    public const string Reference = "TJ-2024-002";
    public const string UnassignedEmail = "unassigned.caseworker@example.org";
    public const string UnassignedPassword = "matrix password for tests";

    public static async Task<HttpClient> ClientForAsync(this CaseTrackerFactory factory, Visitor visitor)
    {
        var client = factory.CreateClientWithoutRedirects();
        var (email, password) = visitor switch
        {
            Visitor.Admin => (SignedInClients.Admin, CaseTrackerFactory.DemoPassword),
            Visitor.AssignedCaseworker => (SignedInClients.Caseworker, CaseTrackerFactory.DemoPassword),
            Visitor.Researcher => (SignedInClients.Researcher, CaseTrackerFactory.DemoPassword),
            Visitor.UnassignedCaseworker => (UnassignedEmail, UnassignedPassword),
            _ => (null, null),
        };
        if (email is not null)
        {
            using var signedIn = await client.SignInAsync(email, password!);
            signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{visitor} signs in");
        }

        return client;
    }

    /// <summary>The ids, after making sure the case has a response and the unassigned caseworker exists.</summary>
    public static Task<RestrictedCaseIds> RestrictedCaseIdsAsync(this CaseTrackerFactory factory) => factory.QueryAsync(async db =>
    {
        var file = await db.Cases.Include(c => c.Participants).SingleAsync(c => c.Reference == Reference);
        var complaint = await db.Complaints.Include(c => c.Responses).FirstAsync(c => c.CaseId == file.Id);
        if (complaint.Responses.Count == 0)
        {
            var outcome = await db.VocabularyTerms.Where(t => t.Vocabulary == Vocabulary.ResponseOutcome).Select(t => t.Id).FirstAsync();
            complaint.RecordResponse(PartialDate.Parse("1 April 2024"), outcome, null);
            await db.SaveChangesAsync();
        }

        if (await db.Users.AllAsync(u => u.Email != UnassignedEmail))
        {
            using var scope = factory.Services.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = new ApplicationUser { UserName = UnassignedEmail, Email = UnassignedEmail };
            (await users.CreateAsync(user, UnassignedPassword)).Succeeded.ShouldBeTrue();
            await users.AddToRoleAsync(user, Roles.Caseworker);
        }

        return new RestrictedCaseIds(
            file.Id,
            await db.Incidents.Where(i => i.CaseId == file.Id).Select(i => i.Id).FirstAsync(),
            complaint.Id,
            complaint.Responses.OfType<InstitutionalResponse>().First().Id,
            await db.Sources.Where(s => s.CaseId == file.Id).Select(s => s.Id).FirstAsync(),
            file.Participants.First().PersonId,
            await db.Users.Where(u => u.Email == SignedInClients.Researcher).Select(u => u.Id).SingleAsync(),
            await db.Persons.Where(p => p.Id == file.Participants.First().PersonId).SelectMany(p => p.Memberships).Select(m => m.OrganisationId).FirstAsync(),
            await db.Acts.Where(a => a.CaseId == file.Id).Select(a => a.Id).FirstAsync(),
            await db.Proceedings.Where(p => p.CaseId == file.Id).Select(p => p.Id).FirstAsync(),
            await db.ProceedingSteps.Where(s => db.Proceedings.Any(p => p.Id == s.ProceedingId && p.CaseId == file.Id)).Select(s => s.Id).FirstAsync());
    });
}
