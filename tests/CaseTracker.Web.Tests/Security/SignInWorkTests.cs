using System.Buffers.Binary;
using System.Collections.Concurrent;
using CaseTracker.Web.Security;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CaseTracker.Web.Tests.Security;

/// <summary>
/// A failed sign-in must cost the same whatever the account: wrong password, unknown email, locked or
/// disabled. Wall time is noisy, so the test compares the work itself: how many password hashes were
/// verified and at how many PBKDF2 iterations each (read from the hash's own header).
/// </summary>
public sealed class SignInWorkTests : IAsyncLifetime
{
    private const string Password = "a long and real password";
    private readonly ConcurrentQueue<int> _verifications = new();
    private CaseTrackerFactory _factory = null!;

    public async Task InitializeAsync()
    {
        _factory = new CaseTrackerFactory(await TestDatabases.CreateMigratedAsync())
        {
            TestServices = services => services.Replace(ServiceDescriptor.Singleton<NormalizingPasswordHasher>(
                provider => new CountingHasher(provider.GetRequiredService<IOptions<PasswordHasherOptions>>(), _verifications))),
        };
        await _factory.WaitUntilReadyAsync();
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Every_failed_sign_in_verifies_one_hash_at_the_configured_iteration_count()
    {
        var wrongPassword = await UserAsync("wrong@example.org", _ => { });
        var locked = await UserAsync("locked@example.org", u => u.LockoutEnd = DateTimeOffset.UtcNow.AddHours(1));
        var disabled = await UserAsync("disabled@example.org", u => u.IsDisabled = true);
        var iterations = _factory.Services.GetRequiredService<IOptions<PasswordHasherOptions>>().Value.IterationCount;

        var work = new Dictionary<string, int[]>
        {
            ["wrong password"] = await WorkOfSignInAsync(wrongPassword, "not the password at all"),
            ["unknown email"] = await WorkOfSignInAsync("nobody-here@example.org", Password),
            ["locked"] = await WorkOfSignInAsync(locked, Password),
            ["disabled"] = await WorkOfSignInAsync(disabled, Password),
        };

        foreach (var (path, done) in work)
        {
            done.ShouldBe([iterations], $"{path}: one verification at {iterations} iterations");
        }
    }

    private async Task<int[]> WorkOfSignInAsync(string email, string password)
    {
        _verifications.Clear();
        using var client = _factory.CreateClientWithoutRedirects();
        using var answer = await client.SignInAsync(email, password);
        answer.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, "the form comes back with the one message for every failure");
        return [.. _verifications];
    }

    private async Task<string> UserAsync(string email, Action<ApplicationUser> arrange)
    {
        var user = await _factory.CreateUserAsync(email, Password, Roles.Researcher);
        await _factory.ChangeUserAsync(user.Id, arrange);
        (await _factory.QueryAsync(db => db.Users.CountAsync(u => u.Email == email))).ShouldBe(1);
        return email;
    }

    /// <summary>The app's hasher, noting the iteration count of every hash it verifies (Identity v3 format: bytes 5-8).</summary>
    private sealed class CountingHasher(IOptions<PasswordHasherOptions> options, ConcurrentQueue<int> verifications) : NormalizingPasswordHasher(options)
    {
        public override PasswordVerificationResult VerifyHashedPassword(ApplicationUser user, string hashedPassword, string providedPassword)
        {
            verifications.Enqueue((int)BinaryPrimitives.ReadUInt32BigEndian(Convert.FromBase64String(hashedPassword).AsSpan(5, 4)));
            return base.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
