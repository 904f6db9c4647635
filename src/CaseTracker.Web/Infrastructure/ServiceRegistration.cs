using CaseTracker.Web.Auditing;
using CaseTracker.Web.Data;
using CaseTracker.Web.Pages.Search;
using CaseTracker.Web.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Localization;

namespace CaseTracker.Web.Infrastructure;

public static class ServiceRegistration
{
    public static IServiceCollection AddCaseTracker(this IServiceCollection services)
    {
        // Database first: its interceptors (dates recounted from their entries) change records that the
        // auditing interceptor, registered after, must then see and record.
        services.AddCaseTrackerDatabase();
        services.AddCaseTrackerAuditing();
        services.AddCaseTrackerIdentity();
        services.AddCaseTrackerApi();
        services.AddScoped<UserAdministration>();
        services.AddScoped<SearchRows>();
        services.AddSingleton<WordStatistics>();
        services.AddScoped<SearchHitDetails>();
        services.AddScoped<OneTimeSubmissions>();
        services.AddScoped<PartialDateInput>();
        services.AddScoped<Pages.Shared.Proposals>();
        services.AddScoped<Data.ReferenceMerge>();
        services.AddOptions<ComplaintOptions>().BindConfiguration(ComplaintOptions.Section);
        services.AddSingleton<SilenceSettings>();
        services.AddOptions<Pages.Statistics.StatisticsOptions>().BindConfiguration(Pages.Statistics.StatisticsOptions.Section);
        services.AddScoped<Pages.Statistics.StatisticsSource>();
        services.AddSingleton<Pages.Statistics.KeptFigures>();
        services.AddSingleton<Pages.Statistics.KeptApiAnswers>();
        services.AddSingleton<Pages.Statistics.StatisticsRecounts>();
        services.AddHostedService(provider => provider.GetRequiredService<Pages.Statistics.StatisticsRecounts>());
        services.AddCaseTrackerDataProtection();
        services.AddCaseTrackerReverseProxy();

        services.AddCaseTrackerCompression();

        // Letters of every script written as they are: the default encoder writes each Cyrillic letter as
        // an 8-byte "&#x43E;", which made a Russian narrative four times its size on every page (issue 17).
        // The characters that matter to HTML (< > & " ' and controls) are encoded whatever the range.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            // English is the default and the keys (ADR 6); Russian is SharedResource.ru.resx. The reader's
            // own choice (the header's switch, a cookie) wins over the browser's languages.
            string[] cultures = ["en", "ru"];
            options.SetDefaultCulture(cultures[0]).AddSupportedCultures(cultures).AddSupportedUICultures(cultures);
            options.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });

        services.AddRazorPages()
            .AddMvcOptions(options =>
            {
                options.ModelBinderProviders.Insert(0, new LenientModelBinderProvider());
                options.Filters.Add<AccountStepsGate>();
                options.Filters.Add<MissingHandlerFilter>();
                options.ModelMetadataDetailsProviders.Add(new DefaultValidationMessages());
            })
            // No script library reads data-val-* attributes: the server validates, forms.js shows it.
            .AddViewOptions(options => options.HtmlHelperOptions.ClientValidationEnabled = false)
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));

        services.AddOptions<Microsoft.AspNetCore.Mvc.MvcOptions>().Configure<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>>(DefaultValidationMessages.Localize);
        services.AddAntiforgery();
        services.AddOptions<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>().Configure<IHostEnvironment>((options, environment) =>
        {
            options.Cookie.Name = IdentitySetup.CookieName("CaseTracker.Antiforgery", environment);
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });

        // A year, as OWASP ASVS asks; sent outside Development only (Pipeline), and never for localhost.
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });

        services.AddExceptionHandler<DatabaseUnavailableExceptionHandler>();
        services.AddHealthChecks().AddCheck<DatabaseReadyHealthCheck>("database", tags: ["ready"]);
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>
    /// Keys that protect session and antiforgery cookies and set-password links live in PostgreSQL, so every
    /// app instance behind a load balancer shares one key ring without shared storage, and a restored
    /// backup brings open sessions and unused links back (ADR 19).
    /// </summary>
    private static void AddCaseTrackerDataProtection(this IServiceCollection services) =>
        services.AddDataProtection().SetApplicationName("CaseTracker").PersistKeysToDbContext<CaseTrackerDbContext>();
}
