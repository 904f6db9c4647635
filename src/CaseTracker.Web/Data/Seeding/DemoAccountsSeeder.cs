using System.Security.Cryptography;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Identity;

namespace CaseTracker.Web.Data.Seeding;

/// <summary>
/// One demo account per role, for Development only (the caller checks the environment).
/// The password comes from <c>Demo:Password</c>; without it one is generated and printed once on the
/// console when the accounts are first created. It is never written to the log.
/// </summary>
internal sealed partial class DemoAccountsSeeder(
    UserManager<ApplicationUser> users,
    IConfiguration configuration,
    DemoCredentialsWriter credentialsWriter,
    ILogger<DemoAccountsSeeder> logger)
{
    public static IReadOnlyList<(string Email, string Role, string Name)> Accounts { get; } =
    [
        ("admin@casetracker.local", Roles.Admin, "Demo Admin"),
        ("caseworker@casetracker.local", Roles.Caseworker, "Demo Caseworker"),
        ("researcher@casetracker.local", Roles.Researcher, "Demo Researcher"),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var configuredPassword = configuration["Demo:Password"];
        string? generatedPassword = null;
        var existingKeptTheirPassword = false;

        foreach (var (email, role, name) in Accounts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var user = await users.FindByEmailAsync(email);
            if (user is null)
            {
                var password = string.IsNullOrEmpty(configuredPassword)
                    ? generatedPassword ??= GeneratePassword()
                    : configuredPassword;
                user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
                ThrowIfFailed(await users.CreateAsync(user, password), "create");
                ThrowIfFailed(await users.AddToRoleAsync(user, role), "add to role");
                LogCreated(logger, user.Id, role);
            }
            else if (!string.IsNullOrEmpty(configuredPassword))
            {
                // In Development the configured password is the truth: reset it if it was changed.
                if (!await users.CheckPasswordAsync(user, configuredPassword))
                {
                    var token = await users.GeneratePasswordResetTokenAsync(user);
                    ThrowIfFailed(await users.ResetPasswordAsync(user, token, configuredPassword), "reset password of");
                    LogPasswordReset(logger, user.Id);
                }
            }
            else
            {
                existingKeptTheirPassword = true;
            }
        }

        if (generatedPassword is not null)
        {
            credentialsWriter.Announce(Accounts.Select(a => a.Email).ToList(), generatedPassword);
        }
        else if (existingKeptTheirPassword)
        {
            LogKeptExisting(logger);
        }
    }

    private static string GeneratePassword() =>
        RandomNumberGenerator.GetString("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 20);

    private static void ThrowIfFailed(IdentityResult result, string action)
    {
        if (!result.Succeeded)
        {
            var codes = string.Join(", ", result.Errors.Select(e => e.Code));
            throw new InvalidOperationException($"Could not {action} a demo account: {codes}");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created demo account {UserId} with role {Role}")]
    private static partial void LogCreated(ILogger logger, Guid userId, string role);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reset demo account {UserId} to the configured Demo:Password")]
    private static partial void LogPasswordReset(ILogger logger, Guid userId);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Demo accounts already exist and keep the password printed when they were created; set Demo__Password to choose a new one")]
    private static partial void LogKeptExisting(ILogger logger);
}
