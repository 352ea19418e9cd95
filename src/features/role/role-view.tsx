import type { Roadmap } from '../../content/types';

/** What the role is, a typical day, where it leads, and sample interview questions. */
export function RoleView({ roadmap }: { roadmap: Roadmap }) {
  const { role } = roadmap;
  return (
    <article className="role" aria-labelledby="role-title">
      <p className="eyebrow">The role</p>
      <h1 id="role-title">{roadmap.title}</h1>
      <p className="lead">{role.summary}</p>

      <section className="card" aria-labelledby="facts-title">
        <h2 id="facts-title">At a glance</h2>
        <dl className="facts">
          <div>
            <dt>Difficulty</dt>
            <dd>{role.difficulty}</dd>
          </div>
          <div>
            <dt>Entry barrier</dt>
            <dd>{role.entryBarrier}</dd>
          </div>
          <div>
            <dt>Coding</dt>
            <dd>{role.codingRequired ? 'Required' : 'Not required'}</dd>
          </div>
          <div>
            <dt>Time to job-ready</dt>
            <dd>About {role.monthsToJobReady} months</dd>
          </div>
          <div>
            <dt>Remote work</dt>
            <dd>{role.isRemoteFriendly ? 'Remote-friendly' : 'Mostly on site'}</dd>
          </div>
          {role.futureDemandScore !== undefined && (
            <div>
              <dt>Future demand</dt>
              <dd>{role.futureDemandScore} / 10</dd>
            </div>
          )}
          {role.aiReplacementRiskPercent !== undefined && (
            <div>
              <dt>AI replacement risk</dt>
              <dd>{role.aiReplacementRiskPercent}%</dd>
            </div>
          )}
        </dl>
        <div className="fit">
          <div>
            <h3>A good fit if you are</h3>
            <ul>
              {role.fitsIf.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
          <div>
            <h3>Maybe not for you if</h3>
            <ul>
              {role.notFitIf.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        </div>
      </section>

      {roadmap.typicalDay.length > 0 && (
        <section className="card" aria-labelledby="day-title">
          <h2 id="day-title">A typical day</h2>
          <ol className="day">
            {roadmap.typicalDay.map((slot) => (
              <li key={slot.time}>
                <span className="day__time">{slot.time}</span> <span>{slot.activity}</span>
              </li>
            ))}
          </ol>
        </section>
      )}

      {roadmap.careerLadder.length > 0 && (
        <section className="card" aria-labelledby="ladder-title">
          <h2 id="ladder-title">Career ladder</h2>
          <ol className="ladder">
            {roadmap.careerLadder.map((level, index) => (
              <li key={level.id}>
                <h3>
                  <span className="ladder__step">Level {index + 1}</span> {level.title}
                </h3>
                <p className="muted">
                  {level.years} · {level.salaryLabel}
                </p>
                <ul>
                  {level.duties.map((duty) => (
                    <li key={duty}>{duty}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </section>
      )}

      {roadmap.interviewQuestions.length > 0 && (
        <section className="card" aria-labelledby="questions-title">
          <h2 id="questions-title">Interview questions to prepare</h2>
          <ul className="questions">
            {roadmap.interviewQuestions.map((question) => (
              <li key={question.id}>
                <details>
                  <summary>{question.question}</summary>
                  <ul>
                    {question.outline.map((point) => (
                      <li key={point}>{point}</li>
                    ))}
                  </ul>
                </details>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
