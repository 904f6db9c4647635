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

    private async Task<IdentityResult> CreateUserAsync(string password)
    {
        using var scope = app.Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var email = $"policy-{Guid.NewGuid():N}@example.org";
        return await users.CreateAsync(new ApplicationUser { UserName = email, Email = email }, password);
    }
}
