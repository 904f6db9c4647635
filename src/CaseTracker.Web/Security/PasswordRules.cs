using Microsoft.AspNetCore.Identity;

namespace CaseTracker.Web.Security;

/// <summary>
/// What a password may be: 12 to 128 characters as a person counts them (no composition rules: NIST SP
/// 800-63B, OWASP ASVS 2.1), and not one of the common passwords shipped with the app, the product's own name, or
/// the account's email address. Compared ignoring case.
/// </summary>
public sealed class PasswordRules : IPasswordValidator<ApplicationUser>
{
    public const int MinimumLength = 12;

    public const int MaximumLength = 128;

    /// <summary>The most UTF-16 code units a password field takes at all (before the rules): room for 128 characters of any script or emoji.</summary>
    public const int MaximumInputLength = 1024;

    private static readonly Lazy<HashSet<string>> Common = new(LoadCommonPasswords);

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        var errors = new List<IdentityError>();
        if (password is null)
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var length = Length(password);
        if (length < MinimumLength)
        {
            errors.Add(new IdentityError { Code = "PasswordTooShort", Description = "The password must have 12 to 128 characters." });
        }

        if (length > MaximumLength || password.Length > MaximumInputLength)
        {
            errors.Add(new IdentityError { Code = "PasswordTooLong", Description = "The password can have at most 128 characters." });
        }

        var folded = NormalizingPasswordHasher.Normalize(password).Trim().ToLowerInvariant();
        if (Common.Value.Contains(folded))
        {
            errors.Add(new IdentityError { Code = "PasswordCommon", Description = "This password is one of the most common ones. Choose another." });
        }

        var squeezed = string.Concat(folded.Where(char.IsLetterOrDigit));
        if (squeezed.Contains("casetracker", StringComparison.Ordinal))
        {
            errors.Add(new IdentityError { Code = "PasswordProductName", Description = "The password may not contain the name of this application." });
        }

        if (user.Email is { Length: > 0 } email && (folded == email.ToLowerInvariant() || folded == email.Split('@')[0].ToLowerInvariant()))
        {
            errors.Add(new IdentityError { Code = "PasswordIsEmail", Description = "The password may not be your email address." });
        }

        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }

    /// <summary>
    /// Characters as a person counts them (extended grapheme clusters, Unicode UAX #29), after
    /// normalisation: "👍🏽" and "é" typed as "e" plus an accent are one character each.
    /// </summary>
    public static int Length(string password) =>
        new System.Globalization.StringInfo(NormalizingPasswordHasher.Normalize(password)).LengthInTextElements;

    private static HashSet<string> LoadCommonPasswords()
    {
        using var stream = typeof(PasswordRules).Assembly.GetManifestResourceStream("CaseTracker.Web.Security.common-passwords.txt")
            ?? throw new InvalidOperationException("The common password list is missing from the build.");
        using var reader = new StreamReader(stream);
        var passwords = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                passwords.Add(line);
            }
        }

        return passwords;
    }
}
