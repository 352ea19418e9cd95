import { useState } from 'react';
import { credentialsTrack } from '../../content/credentials-track';
import { healthcareAiRoadmap } from '../../content/healthcare-ai-roadmap';
import type { Roadmap } from '../../content/types';
import { toRoadmapDocument } from '../../domain/roadmap-schema';
import { loadQuestionBank } from '../../content/question-bank';
import { useCommand } from '../../hooks/use-command';
import { showToast } from '../../store/ui-store';
import { downloadText } from '../../components/download-text';
import { ImportedRoadmaps } from './imported-roadmaps';
import { RoadmapCard } from './roadmap-card';
import { RoadmapImport } from './roadmap-import';
import { useImportedRoadmaps, type ImportedRoadmap } from './use-imported-roadmaps';
import './roadmaps.css';

const BUILT_IN: { roadmap: Roadmap; description: string }[] = [
  {
    roadmap: healthcareAiRoadmap,
    description:
      'The main roadmap: from healthcare data and SQL through Python, clinical machine learning, NLP and MLOps to a capstone portfolio, about nine months of self-study.',
  },
  {
    roadmap: credentialsTrack,
    description:
      "An optional second track from the article on AI master's degrees for healthcare professionals: complementary certifications and an admission checklist for a master's degree, tracked the same way as the roadmap.",
  },
];

/** Goes to the dashboard through the app's router, which listens to popstate. */
function goToDashboard(): void {
  window.history.pushState(null, '', '/');
  window.dispatchEvent(new PopStateEvent('popstate'));
  window.scrollTo(0, 0);
}

/** The built-in roadmap as a file, with every interview question the app has (the roadmap's and the bank's). */
async function downloadExample(): Promise<void> {
  try {
    const bank = await loadQuestionBank(healthcareAiRoadmap.id);
    const roadmap = { ...healthcareAiRoadmap, interviewQuestions: [...healthcareAiRoadmap.interviewQuestions, ...bank] };
    const text = `${JSON.stringify(toRoadmapDocument(roadmap), null, 2)}\n`;
    downloadText(text, `${healthcareAiRoadmap.id}.roadmap.json`, 'application/json');
  } catch {
    showToast('The example file could not be made: part of the app has not been downloaded yet. Try again when you are online.', 'error');
  }
}

/** Route /roadmaps: the built-in and imported roadmaps, which one you follow, and importing another. */
export function RoadmapsView({ activeRoadmapId }: { activeRoadmapId: string }) {
  const imported = useImportedRoadmaps();
  const [isBusy, setBusy] = useState(false);
  const run = useCommand();

  const follow = async (roadmap: Roadmap) => {
    setBusy(true);
    const result = await run('roadmap.follow', { roadmapId: roadmap.id }, { success: `Now following “${roadmap.title}”.` });
    setBusy(false);
    if (result.ok) goToDashboard();
  };

  const remove = async (entry: ImportedRoadmap) => {
    const title = entry.isValid ? entry.roadmap.title : entry.id;
    setBusy(true);
    const result = await run('roadmap.remove', { roadmapId: entry.id }, { success: `Removed “${title}”. Your progress on it is kept.` });
    setBusy(false);
    return result.ok;
  };

  return (
    <div className="roadmaps-view">
      <h1>Roadmaps</h1>
      <p className="lead">
        Follow one roadmap at a time. Each keeps its own progress, so you can switch back and forth without losing a tick.
      </p>

      <section aria-labelledby="built-in-roadmaps-title">
        <h2 id="built-in-roadmaps-title">Built-in roadmaps</h2>
        <ul className="roadmap-list" aria-labelledby="built-in-roadmaps-title">
          {BUILT_IN.map(({ roadmap, description }) => (
            <RoadmapCard
              key={roadmap.id}
              roadmap={roadmap}
              origin="Built in"
              description={<p>{description}</p>}
              isActive={roadmap.id === activeRoadmapId}
              isBusy={isBusy}
              onFollow={() => void follow(roadmap)}
            />
          ))}
        </ul>
      </section>

      {imported ? (
        <ImportedRoadmaps
          imported={imported}
          activeRoadmapId={activeRoadmapId}
          isBusy={isBusy}
          onFollow={(roadmap) => void follow(roadmap)}
          onRemove={remove}
        />
      ) : (
        <p className="loading">Loading imported roadmaps…</p>
      )}

      <RoadmapImport imported={imported ?? []} isBusy={isBusy} onFollow={(roadmap) => void follow(roadmap)} />

      <section className="card" aria-labelledby="roadmap-example-title">
        <h2 id="roadmap-example-title">Write your own roadmap</h2>
        <p>
          A roadmap file is JSON: phases, each with goals, resources and a milestone, every one with a stable id. The easiest start is the
          built-in roadmap as a file. Give it your own <code>roadmap.id</code> before importing it: the built-in ids are taken.
        </p>
        <div className="button-row">
          <button type="button" className="button" onClick={() => void downloadExample()}>
            Download the built-in roadmap as an example file
          </button>
        </div>
      </section>
    </div>
  );
}
