namespace Matchmaker.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}
