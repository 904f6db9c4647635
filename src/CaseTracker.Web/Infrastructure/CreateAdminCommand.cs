using System.Net.Mail;
using System.Security.Cryptography;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.Identity;

namespace CaseTracker.Web.Infrastructure;

/// <summary>
/// <c>dotnet CaseTracker.Web.dll create-admin you@example.org</c>: creates an admin account and prints
/// a generated password once, on the console only. There is no self-registration, so this is how the
/// first person gets in on a new installation.
/// </summary>
internal static class CreateAdminCommand
{
    public const string Name = "create-admin";

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output)
    {
        if (args.Count != 2 || !MailAddress.TryCreate(args[1], out var address) || address.Address != args[1])
        {
            await output.WriteLineAsync("Usage: CaseTracker.Web create-admin <email address>");
            return 64;
        }

        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        try
        {
            if (await users.FindByEmailAsync(address.Address) is not null)
            {
                await output.WriteLineAsync("An account with that email address already exists; nothing was changed.");
                return 1;
            }

            var password = RandomNumberGenerator.GetString("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 20);
            var user = new ApplicationUser { UserName = address.Address, Email = address.Address, EmailConfirmed = true };
            var created = await users.CreateAsync(user, password);
            if (created.Succeeded)
            {
                created = await users.AddToRoleAsync(user, Roles.Admin);
            }

            if (!created.Succeeded)
            {
                await output.WriteLineAsync("The account could not be created: " + string.Join(" ", created.Errors.Select(e => e.Description)));
                return 1;
            }

            await output.WriteLineAsync($"Admin account created for {address.Address}. Its password, shown this once:");
            await output.WriteLineAsync("  " + password);
            return 0;
        }
        catch (Exception ex) when (DatabaseFaults.IsUnavailable(ex))
        {
            await output.WriteLineAsync($"Cannot reach the database ({ex.GetType().Name}); no account was created.");
            return 2;
        }
    }
}
