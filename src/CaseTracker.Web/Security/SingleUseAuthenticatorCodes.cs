using CaseTracker.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OtpNet;

namespace CaseTracker.Web.Security;

/// <summary>
/// Authenticator-app codes (RFC 6238, 30-second steps) that are good once. Identity's own provider
/// accepts a code again and again within its window, and two steps either side; here a code is accepted
/// only from the step before, the current step or the next one (clocks drift), and only when its step is
/// newer than the last one this account used. The step is recorded in the same statement that checks it,
/// so two app instances receiving the same code at once accept it once (RFC 6238, section 5.2).
/// </summary>
public sealed class SingleUseAuthenticatorCodes(CaseTrackerDbContext db, TimeProvider clock) : IUserTwoFactorTokenProvider<ApplicationUser>
{
    private static readonly VerificationWindow OneStepEitherSide = new(previous: 1, future: 1);

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<ApplicationUser> manager, ApplicationUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    /// <summary>The app computes the codes; the server never sends one.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<ApplicationUser> manager, ApplicationUser user) => Task.FromResult("");

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrWhiteSpace(key) || token.Length != 6 || !token.All(char.IsAsciiDigit))
        {
            return false;
        }

        var totp = new Totp(Base32Encoding.ToBytes(key));
        if (!totp.VerifyTotp(clock.GetUtcNow().UtcDateTime, token, out var step, OneStepEitherSide))
        {
            return false;
        }

        var recorded = await db.Users
            .Where(u => u.Id == user.Id && (u.LastAuthenticatorStep == null || u.LastAuthenticatorStep < step))
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.LastAuthenticatorStep, step));
        if (recorded == 0)
        {
            return false;
        }

        // Identity saves the whole user afterwards (failed-count reset): it must not write the old step back.
        user.LastAuthenticatorStep = step;
        return true;
    }
}
