using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CaseTracker.Web.Infrastructure;

/// <summary>
/// Binds every string form and query value without NUL characters. PostgreSQL cannot store them in text,
/// so left in they would turn a stray byte in a pasted document into a server error.
/// </summary>
public sealed class CleanStringModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (result == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
        var value = result.FirstValue?.Replace("\0", "", StringComparison.Ordinal);
        bindingContext.Result = ModelBindingResult.Success(
            string.IsNullOrWhiteSpace(value) && bindingContext.ModelMetadata.ConvertEmptyStringToNull ? null : value);
        return Task.CompletedTask;
    }
}

/// <summary>
/// Binds a checkbox: "true" (the first value when ticked) is true, anything else false. A forged value
/// would otherwise fail binding and then break re-rendering the checkbox with it.
/// </summary>
public sealed class CheckboxModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (result == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        var ticked = string.Equals(result.FirstValue, "true", StringComparison.OrdinalIgnoreCase);
        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, new ValueProviderResult(ticked ? "true" : "false"));
        bindingContext.Result = ModelBindingResult.Success(ticked);
        return Task.CompletedTask;
    }
}

public sealed class LenientModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.ModelType == typeof(string) ? new CleanStringModelBinder()
        : context.Metadata.ModelType == typeof(bool) ? new CheckboxModelBinder()
        : null;
}
