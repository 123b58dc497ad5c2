using Handouts.Diagnostics;

namespace Handouts.Content;

/// <summary>A value with the place it was written, kept so later stages can report errors at that place.</summary>
internal readonly record struct Located<T>(T Value, SourceLocation Span);
