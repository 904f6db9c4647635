using CaseTracker.Web.Security;
using CaseTracker.Web.Tests.TestInfrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CaseTracker.Web.Tests.Security;

public class PasswordPolicyTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData("elevenchars")]
    [InlineData("Sh0rt!")]
    public async Task A_password_under_12_characters_is_refused(string password)
    {
        var result = await CreateUserAsync(password);

        result.Succeeded.ShouldBeFalse();
        result.Errors.Select(e => e.Code).ShouldBe(["PasswordTooShort"]);
    }

    [Theory]
    [InlineData("twelve chars")]
    [InlineData("алматы бишкек ош")]
    public async Task Any_password_of_12_or_more_characters_is_accepted_without_composition_rules(string password)
    {
        var result = await CreateUserAsync(password);

        result.Succeeded.ShouldBeTrue(string.Join(", ", result.Errors.Select(e => e.Code)));
    }

    [Theory]
    [InlineData("password1234", "PasswordCommon")]
    [InlineData("QWERTYUIOPASDFGH", "PasswordCommon")]
    [InlineData("my CaseTracker key 2026", "PasswordProductName")]
    [InlineData("case-tracker forever and ever", "PasswordProductName")]
    public async Task A_common_password_or_one_with_the_products_name_is_refused(string password, string code)
    {
        var result = await CreateUserAsync(password);

        result.Errors.Select(e => e.Code).ShouldBe([code]);
    }

    [Fact]
    public async Task A_password_over_128_characters_or_equal_to_the_email_is_refused()
    {
        (await CreateUserAsync(new string('x', 120) + " more words")).Errors.Select(e => e.Code).ShouldContain("PasswordTooLong");
        using var scope = app.Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        const string email = "defender.lawyer@example.org";
        var sameAsEmail = await users.CreateAsync(new ApplicationUser { UserName = email, Email = email }, email);
        sameAsEmail.Errors.Select(e => e.Code).ShouldBe(["PasswordIsEmail"]);
    }

    [Fact]
    public void Passwords_are_hashed_with_pbkdf2_at_owasps_work_factor()
    {
        var options = app.Factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<PasswordHasherOptions>>().Value;
        options.IterationCount.ShouldBeGreaterThanOrEqualTo(210_000);
        options.CompatibilityMode.ShouldBe(PasswordHasherCompatibilityMode.IdentityV3);
    }

    private async Task<IdentityResult> CreateUserAsync(string password)
    {
        using var scope = app.Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var email = $"policy-{Guid.NewGuid():N}@example.org";
        return await users.CreateAsync(new ApplicationUser { UserName = email, Email = email }, password);
    }
}
