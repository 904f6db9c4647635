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
    public async Task Length_counts_characters_as_people_do_not_utf16_code_units()
    {
        (await CreateUserAsync(string.Concat(Enumerable.Repeat("😀", 6)))).Errors.Select(e => e.Code).ShouldBe(["PasswordTooShort"], "six emoji are six characters");
        (await CreateUserAsync(string.Concat(Enumerable.Repeat("👍🏽", 11)) + "x")).Errors.Select(e => e.Code).ShouldBe([], "twelve characters, 45 code units");
        (await CreateUserAsync(string.Concat(Enumerable.Repeat("😀", 128)))).Succeeded.ShouldBeTrue("128 emoji are 128 characters");
        (await CreateUserAsync(string.Concat(Enumerable.Repeat("😀", 129)))).Errors.Select(e => e.Code).ShouldBe(["PasswordTooLong"]);
    }

    [Fact]
    public async Task A_password_set_with_composed_accents_signs_in_when_typed_decomposed_and_an_old_hash_of_the_typed_form_still_works()
    {
        const string composed = "caf\u00e9 au lait au b\u00e9ret";
        var decomposed = composed.Normalize(System.Text.NormalizationForm.FormD);
        decomposed.ShouldNotBe(composed);
        var email = $"nfc-{Guid.NewGuid():N}@example.org";
        using (var scope = app.Factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = new ApplicationUser { UserName = email, Email = email };
            (await users.CreateAsync(user, composed)).Succeeded.ShouldBeTrue();
            await users.AddToRoleAsync(user, Roles.Researcher);
        }

        using (var client = app.Factory.CreateClientWithoutRedirects())
        using (var signedIn = await client.SignInAsync(email, decomposed))
        {
            signedIn.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect, "typed decomposed, set composed");
        }

        // A hash made before passwords were normalised, from the decomposed form as it was typed then.
        var legacyEmail = $"legacy-{Guid.NewGuid():N}@example.org";
        using (var scope = app.Factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = new ApplicationUser { UserName = legacyEmail, Email = legacyEmail };
            (await users.CreateAsync(user)).Succeeded.ShouldBeTrue();
            await users.AddToRoleAsync(user, Roles.Researcher);
            user.PasswordHash = new PasswordHasher<ApplicationUser>(app.Factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<PasswordHasherOptions>>())
                .HashPassword(user, decomposed);
            (await users.UpdateAsync(user)).Succeeded.ShouldBeTrue();
        }

        using (var client = app.Factory.CreateClientWithoutRedirects())
        using (var signedIn = await client.SignInAsync(legacyEmail, decomposed))
        {
            signedIn.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect, "the old hash still verifies");
        }

        using (var client = app.Factory.CreateClientWithoutRedirects())
        using (var signedIn = await client.SignInAsync(legacyEmail, composed))
        {
            signedIn.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect, "and was re-hashed normalised at that sign-in");
        }
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
