using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CaseTracker.Web.Infrastructure;

/// <summary>
/// What a screen reader needs to know of a form control bound with asp-for: that it is required (its
/// model property carries [Required]) and that the server refused what was in it (aria-invalid, with
/// Bootstrap's is-invalid so the refusal is also seen). The message itself is linked by aria-describedby.
/// </summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
public sealed class AccessibleFieldTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    // After the framework's own input tag helpers, which write the name and id this reads.
    public override int Order => 100;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var type = output.Attributes["type"]?.Value?.ToString();
        if (type is "hidden" or "checkbox")
        {
            return;
        }

        if (For.Metadata.ValidatorMetadata.OfType<RequiredAttribute>().Any())
        {
            output.Attributes.SetAttribute("aria-required", "true");
        }

        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        if (ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0)
        {
            output.Attributes.SetAttribute("aria-invalid", "true");
            output.AddClass("is-invalid", System.Text.Encodings.Web.HtmlEncoder.Default);
        }
    }
}

/// <summary>Marks the label of a required field with an asterisk (hidden from screen readers, which hear aria-required).</summary>
[HtmlTargetElement("label", Attributes = "asp-for")]
public sealed class RequiredLabelTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    public override int Order => 100;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (For.Metadata.ValidatorMetadata.OfType<RequiredAttribute>().Any())
        {
            output.PostContent.AppendHtml("<span class=\"required-mark\" aria-hidden=\"true\"> *</span>");
        }
    }
}
