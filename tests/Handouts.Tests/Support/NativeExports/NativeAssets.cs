using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json;
using Handouts.Pdf.Fonts;

namespace Handouts.Tests.Support.NativeExports;

/// <summary>HarfBuzz's native libraries as a build carries them, and the functions the generator imports from them.</summary>
internal static class NativeAssets
{
    /// <summary>The library a publish for <paramref name="rid"/> carries: the HarfBuzzSharp.NativeAssets asset for that
    /// exact runtime, else for its operating system (macOS ships one universal file for <c>osx</c>), as NuGet's runtime
    /// graph picks it. Found through this test project's deps.json, which lists every runtime's native assets, and
    /// opened where the build copied it from the package.</summary>
    public static string HarfBuzzFor(string rid)
    {
        var depsFile = Path.Combine(AppContext.BaseDirectory, Path.GetFileNameWithoutExtension(typeof(NativeAssets).Assembly.Location) + ".deps.json");
        using var deps = JsonDocument.Parse(File.ReadAllBytes(depsFile));
        var assets = deps.RootElement.GetProperty("targets").EnumerateObject().First().Value.EnumerateObject()
            .Where(library => library.Name.StartsWith("HarfBuzzSharp.NativeAssets.", StringComparison.Ordinal))
            .SelectMany(library => library.Value.TryGetProperty("runtimeTargets", out var targets) ? targets.EnumerateObject() : Enumerable.Empty<JsonProperty>())
            .Where(asset => asset.Value.GetProperty("assetType").GetString() == "native" && Path.GetFileName(asset.Name).StartsWith("libHarfBuzzSharp.", StringComparison.Ordinal))
            .Select(asset => (Rid: asset.Value.GetProperty("rid").GetString()!, Path: asset.Name))
            .Where(asset => !asset.Path.EndsWith(".pdb", StringComparison.Ordinal))
            .ToList();
        var chosen = assets.FirstOrDefault(a => a.Rid == rid).Path ?? assets.FirstOrDefault(a => a.Rid == rid.Split('-')[0]).Path
            ?? throw new InvalidOperationException($"no HarfBuzz native asset for {rid}; the build has: {string.Join(", ", assets.Select(a => a.Rid))}");
        return Path.Combine(AppContext.BaseDirectory, chosen);
    }

    /// <summary>Every function the generator imports from HarfBuzz's library, by its exported name: read from the
    /// compiled generator (LibraryImport and DllImport declarations), so a new import is checked without a list to update.</summary>
    public static IReadOnlyList<string> HarfBuzzEntryPoints() =>
        [.. typeof(HarfBuzzNative).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Select(m => m.GetCustomAttribute<LibraryImportAttribute>() is { } li && li.LibraryName == HarfBuzzNative.Library ? li.EntryPoint ?? m.Name
                : m.GetCustomAttribute<DllImportAttribute>() is { } di && di.Value == HarfBuzzNative.Library ? di.EntryPoint ?? m.Name
                : null)
            .OfType<string>()
            .Distinct()
            .Order(StringComparer.Ordinal)];
}
