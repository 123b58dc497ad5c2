namespace Handouts.Files;

/// <summary>Says when anything under a folder may have changed (<c>handouts serve</c> watches the content and
/// templates folders). It only says "something changed", never what: the caller reads the folder again through its
/// <see cref="FileRoot"/>, so nothing the watcher sees is trusted. It outlives the folder: a watcher on a folder that
/// was deleted goes silent on Linux, with no error, even once the folder is back (measured), so the folder's own name
/// is watched in its parent, and a poll notices it coming and going where that is not enough.</summary>
internal sealed class FolderWatcher : IDisposable
{
    private readonly string folder;
    private readonly string? parent;
    private readonly Action changed;
    private readonly Lock gate = new();
    private readonly Timer poll;
    private FileSystemWatcher? inside;
    private FileSystemWatcher? above;
    private bool present;
    private bool disposed;

    /// <param name="changed">Called on a thread-pool thread, often several times for one save: debounce it.</param>
    public FolderWatcher(string folder, Action changed, TimeSpan pollEvery)
    {
        this.folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        parent = Path.GetDirectoryName(this.folder);
        this.changed = changed;
        lock (gate) Arm();
        poll = new Timer(_ => Poll(), null, pollEvery, pollEvery);
    }

    /// <summary>Watches the folder afresh, and its name in its parent. Called with the lock held.</summary>
    private void Arm()
    {
        inside?.Dispose();
        above?.Dispose();
        present = Directory.Exists(folder);
        inside = present ? WatchInside() : null;
        above = parent is not null && Directory.Exists(parent) ? WatchName(parent) : null;
    }

    private FileSystemWatcher? WatchInside() => TryWatch(folder, watcher =>
    {
        watcher.IncludeSubdirectories = true;
        watcher.NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime;
        // A git checkout of many handouts is thousands of events; the default 8 KB buffer overflows.
        watcher.InternalBufferSize = 64 * 1024;
        watcher.Changed += OnInside;
        watcher.Created += OnInside;
        watcher.Deleted += OnInside;
        // An editor that writes a scratch file and renames it over the handout has changed the handout.
        watcher.Renamed += (_, e) =>
        {
            if (!ScratchFiles.Is(e.OldName) || !ScratchFiles.Is(e.Name)) changed();
        };
    });

    /// <summary>The folder's own name in its parent: created, deleted or renamed (never its contents).</summary>
    private FileSystemWatcher? WatchName(string parentFolder) => TryWatch(parentFolder, watcher =>
    {
        watcher.Filter = Path.GetFileName(folder);
        watcher.NotifyFilter = NotifyFilters.DirectoryName | NotifyFilters.FileName;
        watcher.Created += OnAbove;
        watcher.Deleted += OnAbove;
        watcher.Renamed += (s, e) => OnAbove(s, e);
    });

    private FileSystemWatcher? TryWatch(string path, Action<FileSystemWatcher> configure)
    {
        FileSystemWatcher? watcher = null;
        try
        {
            watcher = new FileSystemWatcher(path);
            configure(watcher);
            // A buffer that overflowed lost events, and a watcher that failed may have stopped: start again.
            watcher.Error += (_, _) => Rearm();
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
        {
            // Gone between the check and the watch, or out of inotify watches: the poll tries again.
            watcher?.Dispose();
            return null;
        }
    }

    private void OnInside(object sender, FileSystemEventArgs e)
    {
        if (!ScratchFiles.Is(e.Name)) changed();
    }

    private void OnAbove(object sender, FileSystemEventArgs e) => Rearm();

    private void Rearm()
    {
        lock (gate)
        {
            if (disposed) return;
            Arm();
        }

        changed();
    }

    /// <summary>Catches what no event reported: the folder (or its parent) coming back after both were gone, or a
    /// watch that could not be set. Says "changed" only when the folder came or went.</summary>
    private void Poll()
    {
        bool cameOrWent;
        lock (gate)
        {
            if (disposed) return;
            var exists = Directory.Exists(folder);
            cameOrWent = exists != present;
            var unwatched = (exists && inside is null) || (above is null && parent is not null && Directory.Exists(parent));
            if (cameOrWent || unwatched) Arm();
        }

        if (cameOrWent) changed();
    }

    public void Dispose()
    {
        lock (gate)
        {
            if (disposed) return;
            disposed = true;
            poll.Dispose();
            inside?.Dispose();
            above?.Dispose();
            inside = above = null;
        }
    }
}
