using System.Security.Claims;
using CaseTracker.Domain.Cases;
using CaseTracker.Domain.Common;
using CaseTracker.Web.Data;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CaseTracker.Web.Pages.Cases;

/// <summary>
/// Which reference code a saved case gets. Someone who sees every case (an admin) may type one, and is
/// told when another case has it. Everyone else never chooses: a new case gets a random code from the
/// system and an edited case keeps its own, so no answer depends on codes held by cases they cannot see
/// (docs/adr/0018).
/// </summary>
public static class CaseReferenceCodes
{
    private const int Attempts = 8;

    /// <summary>The code to save, or null with an error next to the field when a typed code is taken.</summary>
    public static async Task<string?> ChooseAsync(
        CaseTrackerDbContext db,
        ClaimsPrincipal user,
        CaseInput input,
        CaseFile? existing,
        DateTimeOffset now,
        ModelStateDictionary modelState,
        IStringLocalizer localizer,
        CancellationToken cancellationToken)
    {
        if (user.CanChooseCaseReferences() && !string.IsNullOrWhiteSpace(input.Reference))
        {
            var typed = input.Reference.Trim().ToUpperInvariant();
            if (await db.Cases.AnyAsync(c => c.Reference == typed && c.Id != (existing == null ? Guid.Empty : existing.Id), cancellationToken))
            {
                modelState.AddModelError("Input.Reference", localizer["Another case already has this reference code."]);
                return null;
            }

            return typed;
        }

        if (existing is not null)
        {
            return existing.Reference;
        }

        // Four random characters give about a million codes per country and year; a clash is rare and
        // simply means drawing again. Nothing of it reaches the user.
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            // An unknown country is refused by the case itself, with its own message.
            var country = Countries.All.ContainsKey(input.CountryCode.ToUpperInvariant()) ? input.CountryCode : "XX";
            var candidate = CaseReferences.New(country, now.Year);
            if (!await db.Cases.AnyAsync(c => c.Reference == candidate, cancellationToken))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("No free case reference code after several random draws.");
    }
}
