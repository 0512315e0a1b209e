using TrainTasks.Core.Storage;

namespace TrainTasks.Core.Tests.Storage;

/// <summary>Runs the storage contract against <see cref="InMemoryStudyStorage"/>.</summary>
public sealed class InMemoryStudyStorageTests : StudyStorageTests
{
    private readonly InMemoryStudyStorage _storage;

    public InMemoryStudyStorageTests()
    {
        _storage = new InMemoryStudyStorage(Clock);
    }

    // Disposing the in-memory storage keeps its data, so "reopening" returns the same instance.
    protected override IStudyStorage OpenStorage() => _storage;
}
