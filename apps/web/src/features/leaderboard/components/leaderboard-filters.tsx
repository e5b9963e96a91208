import { SelectField } from '../../../components/ui/select-field';
import { t } from '../../../i18n/translate';
import { useRanks } from '../api/get-ranks';
import { useSeasonTeams } from '../api/get-season-teams';

interface LeaderboardFiltersProps {
  seasonId: string;
  teamId: string;
  rankId: string;
  onChange: (changes: { team?: string; rank?: string }) => void;
}

export function LeaderboardFilters({ seasonId, teamId, rankId, onChange }: LeaderboardFiltersProps) {
  const teams = useSeasonTeams(seasonId);
  const ranks = useRanks();
  const teamOptions = (teams.data ?? []).map((team) => ({ value: team.team_id, label: team.team_name }));
  const rankOptions = [...(ranks.data ?? [])]
    .sort((a, b) => b.sort_order - a.sort_order)
    .map((rank) => ({ value: rank.id, label: rank.id }));
  return (
    <div className="filters">
      <SelectField
        label={t('leaderboard.team')}
        value={teamId}
        options={teamOptions}
        emptyLabel={t('leaderboard.allTeams')}
        onChange={(team) => onChange({ team })}
      />
      <SelectField
        label={t('leaderboard.rank')}
        value={rankId}
        options={rankOptions}
        emptyLabel={t('leaderboard.allRanks')}
        onChange={(rank) => onChange({ rank })}
      />
    </div>
  );
}
