using System.Globalization;
using System.Security.Claims;
using CaseTracker.Web.Data;
using CaseTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaseTracker.Web.Security;

public static class IdentitySetup
{
    public const string SignInPath = "/Account/SignIn";

    /// <summary>Claim holding when the user signed in (Unix seconds); carried across cookie renewals.</summary>
    public const string SignedInAtClaim = "casetracker:signed_in_at";

    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan AbsoluteTimeout = TimeSpan.FromHours(12);

    public static IServiceCollection AddCaseTrackerIdentity(this IServiceCollection services)
    {
        services
            .AddIdentity<ApplicationUser, IdentityRole<Guid>>(options =>
            {
                // Length, not composition: NIST SP 800-63B and OWASP ASVS 2.1. PasswordRules adds the
                // upper bound and the common-password, product-name and email checks.
                // Identity counts UTF-16 code units; PasswordRules counts characters as people do.
                options.Password.RequiredLength = 1;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;

                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;

                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<CaseTrackerDbContext>()
            .AddSignInManager<CaseTrackerSignInManager>()
            .AddClaimsPrincipalFactory<CaseTrackerClaimsFactory>()
            .AddPasswordValidator<PasswordRules>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<SingleUseAuthenticatorCodes>(TokenOptions.DefaultAuthenticatorProvider);

        // OWASP's password storage cheat sheet: PBKDF2-HMAC-SHA512 (Identity's v3 format) at 210,000 iterations.
        services.Configure<PasswordHasherOptions>(options => options.IterationCount = 210_000);
        services.AddSingleton<NormalizingPasswordHasher>();
        services.AddSingleton<IPasswordHasher<ApplicationUser>>(provider => provider.GetRequiredService<NormalizingPasswordHasher>());

        // Set-password links handed over by an admin stay valid for 72 hours; they are single-use
        // because setting the password changes the security stamp the token is bound to.
        services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = TimeSpan.FromHours(72));

        // The session is checked against the database on every request, so that disabling an account,
        // changing its role or signing out elsewhere takes effect at once, not in half an hour.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);
        services.Replace(ServiceDescriptor.Scoped<ISecurityStampValidator, CaseTrackerSecurityStampValidator>());

        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IHostEnvironment, TimeProvider>((options, environment, clock) =>
            {
                options.LoginPath = SignInPath;
                options.LogoutPath = "/Account/SignOut";
                options.AccessDeniedPath = "/Account/AccessDenied";
                options.ReturnUrlParameter = "returnUrl";
                options.Cookie.Name = CookieName("CaseTracker.Session", environment);
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = environment.IsDevelopment()
                    ? CookieSecurePolicy.SameAsRequest
                    : CookieSecurePolicy.Always;
                options.ExpireTimeSpan = IdleTimeout;
                options.SlidingExpiration = true;
                // The JSON API answers 401 and 403 (as problem details), never a redirect to a page.
                options.Events.OnRedirectToLogin = context => ApiOrRedirect(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => ApiOrRedirect(context, StatusCodes.Status403Forbidden);
                options.Events.OnSigningIn = context =>
                {
                    if (context.Principal?.Identity is ClaimsIdentity identity && !identity.HasClaim(c => c.Type == SignedInAtClaim))
                    {
                        identity.AddClaim(new Claim(SignedInAtClaim, clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
                    }

                    return Task.CompletedTask;
                };
                options.Events.OnValidatePrincipal = async context =>
                {
                    // Twelve hours after signing in the session ends, however active it has been.
                    if (!long.TryParse(context.Principal?.FindFirstValue(SignedInAtClaim), CultureInfo.InvariantCulture, out var signedInAt)
                        || clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(signedInAt) > AbsoluteTimeout)
                    {
                        context.RejectPrincipal();
                        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                        return;
                    }

                    await SecurityStampValidator.ValidatePrincipalAsync(context);
                };
            });

        // Between the password and the second step: the same rules as the session cookie.
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme)
            .Configure<IHostEnvironment>((options, environment) =>
            {
                options.Cookie.Name = CookieName("CaseTracker.TwoFactor", environment);
                options.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            });

        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, AccessTokenAuthentication>(AccessTokenAuthentication.SchemeName, null);
        services.AddScoped<AccessTokens>();
        services.AddAuthorizationBuilder().AddCaseTrackerPolicies();
        services.AddScoped<RecordVisibility>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, HiddenRecordAuthorizationResultHandler>();
        return services;
    }

    /// <summary>
    /// Outside Development a cookie's name starts with "__Host-": browsers then accept it only when it is
    /// Secure, for the whole site and from this host alone, so a sibling subdomain cannot plant or
    /// overwrite it. Development serves plain http on localhost, where such a cookie would be refused.
    /// </summary>
    public static string CookieName(string name, IHostEnvironment environment) =>
        environment.IsDevelopment() ? name : "__Host-" + name;

    private static Task ApiOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int apiStatus)
    {
        if (ApiEndpoints.IsApi(context.Request))
        {
            context.Response.StatusCode = apiStatus;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
