using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CaseTracker.Web.Security;

/// <summary>
/// Identity's PBKDF2 hasher (its v3 format, iterations from <see cref="PasswordHasherOptions"/>), over the
/// password in Unicode normal form C: "é" typed as one character or as "e" plus an accent, as keyboards
/// and operating systems differ, is the same password. Hashes made before normalisation still verify
/// (and are re-hashed normalised). Failed sign-ins for unknown, locked or disabled accounts verify
/// against <see cref="VerifyDecoy"/>, a hash made here at the same iteration count, so that every
/// failure does the same work as a wrong password for a real account.
/// </summary>
public class NormalizingPasswordHasher(IOptions<PasswordHasherOptions> options) : PasswordHasher<ApplicationUser>(options)
{
    private string? _decoyHash;

    public override string HashPassword(ApplicationUser user, string password) => base.HashPassword(user, Normalize(password));

    public override PasswordVerificationResult VerifyHashedPassword(ApplicationUser user, string hashedPassword, string providedPassword)
    {
        var normalized = Normalize(providedPassword);
        var result = base.VerifyHashedPassword(user, hashedPassword, normalized);
        if (result == PasswordVerificationResult.Failed && !string.Equals(normalized, providedPassword, StringComparison.Ordinal))
        {
            // A hash made from the password as typed, before passwords were normalised.
            return base.VerifyHashedPassword(user, hashedPassword, providedPassword) == PasswordVerificationResult.Failed
                ? PasswordVerificationResult.Failed
                : PasswordVerificationResult.SuccessRehashNeeded;
        }

        return result;
    }

    /// <summary>The work of checking a password, for an attempt that has no real hash to check against.</summary>
    public void VerifyDecoy(string providedPassword)
    {
        var decoy = _decoyHash ??= HashPassword(new ApplicationUser(), Guid.NewGuid().ToString());
        VerifyHashedPassword(new ApplicationUser(), decoy, providedPassword);
    }

    /// <summary>NFC; text that is not valid Unicode (a lone surrogate) cannot be normalised and is taken as it is.</summary>
    public static string Normalize(string password)
    {
        try
        {
            return password.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return password;
        }
    }
}
