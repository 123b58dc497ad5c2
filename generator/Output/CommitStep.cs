namespace Handouts.Output;

/// <summary>The points a commit passes, in order; a build killed between any two leaves a state the next build
/// recovers from its journal. Tests stop a commit at each of them.</summary>
internal enum CommitStep
{
    /// <summary>The staging folder is complete; the journal still says it is being built.</summary>
    Staged,

    /// <summary>The journal names the staging folder and the backup name the previous site is about to move to.</summary>
    Journaled,

    /// <summary>The previous site is in its backup folder: the output does not exist until the next step.</summary>
    MovedAside,

    /// <summary>The staging folder is the output now.</summary>
    MovedIn,

    /// <summary>The journal says the new site is in place and the backup is to be deleted.</summary>
    Confirmed,

    /// <summary>The backup is gone; only the journal is left to remove.</summary>
    BackupDeleted,
}
