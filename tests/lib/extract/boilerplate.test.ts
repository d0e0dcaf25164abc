import { describe, expect, it } from 'vitest';
import { boilerplateIn, boilerplateLineReason, isBoilerplateParagraph } from '../../../lib/extract/boilerplate';

describe('isBoilerplateParagraph', () => {
  it.each([
    ['Updated 5:27 am CST, Wednesday, November 20, 2019', true],
    ['Photo: Hau Dinh, AP', true],
    ['(Image: GETTY )', true],
    ['Advertisement', true],
    ['01:10', true],
    ['9.45 pm', true],
    ['Continue Reading Below', true],
    ['https://news.example/world/story-12345.php', true],
    [
      'Updated figures released on Monday showed that the economy grew faster than forecast in the third quarter, helped by strong consumer spending across the region and a rebound in exports.',
      false,
    ],
    ['The photo showed the two leaders shaking hands.', false],
    // Date lines, bylines, counters, labels and filings.
    ['November 18, 2019', true],
    ['| UPDATED: 11:05, Tue, Nov 19, 2019', true],
    ['19.11.2019, 08:57', true],
    ['By Justine Coleman - 11/18/19 11:04 PM EST', true],
    ['by Regan', true],
    ['Image 1 of / 23', true],
    ['1,204 views', true],
    ['Advert', true],
    ['AdChoices', true],
    ['© 2019 CBS Interactive Inc. All Rights Reserved.', true],
    ['Copyright @ 2019 The New Arab.', true],
    ['Copyright claims rose last year.', false],
    ['The ad choices a reader makes are kept.', false],
    ["DON'T MISS", true],
    ['Filed under: Politics |', true],
    ['5 min read', true],
    ['This slideshow requires JavaScript.', true],
    // ...and what the story says with dates, numbers and "by" in it.
    ['Election 2020 results', false],
    ['The Doobie Brothers 50th Anniversary Tour 2020 dates:', false],
    ['— Jane Doe (@janedoe) November 18, 2019', false],
    ['By the end of the year, the council expects to have spent the whole budget.', false],
    ['More than 200 people attended the meeting on Monday.', false],
  ])('%j is boilerplate: %s', (paragraph, expected) => {
    expect(isBoilerplateParagraph(paragraph)).toBe(expected);
  });

  it('says why a line goes', () => {
    expect(boilerplateLineReason('November 18, 2019')).toBe('a date or a time alone');
    expect(boilerplateLineReason('Image 1 of 8')).toBe("a gallery's position or a count of views, shares or comments");
    expect(boilerplateLineReason('The council met on Monday.')).toBeNull();
  });
});

describe('boilerplateIn', () => {
  const content = new DOMParser().parseFromString(
    `<div id="content">
      <p id="prose">${'The council met on Monday and agreed the budget for the coming year. '.repeat(8)}</p>
      <figure id="figure"><img src="a.jpg"><figcaption>The council chamber.</figcaption></figure>
      <div class="share-tools" id="share">Share on Facebook</div>
      <div class="tabletNewsletter___Av6eE" id="signup">Get breaking news alerts. The news that matters, delivered weekday mornings.</div>
      <div class="bodyText___x1Y2z" id="glued-prose">${'The mayor said the vote would come in the spring. '.repeat(3)}</div>
      <ul id="links"><li><a href="/a">Another story</a></li><li><a href="/b">A third story</a></li></ul>
      <p id="linked">Read <a href="/c">our full guide to the budget and what it means for you</a>.</p>
      <ol><li id="linked-sentence"><strong><a href="/w">Ousted chief can still name directors to the board</a>. </strong>He can still influence the company through its board, a report says.</li></ol>
      <p>Gov. <span id="name"><a href="/people/k">Kristi Noem</a><span id="card"><span><a href="/people/k">Kristi Lynn Noem</a>
        <a href="/1">One story about her</a> <a href="/2">Another story</a> <a href="/3">A third story</a></span></span></span>
        defended the campaign on Monday.</p>
    </div>`,
    'text/html',
  );
  const { skipElement: skip } = boilerplateIn(content.getElementById('content')!);

  it.each([
    ['prose', false],
    ['figure', true],
    ['share', true],
    // A CSS module's glued class names are read as words: a newsletter box goes, a body stays.
    ['signup', true],
    ['glued-prose', false],
    ['links', true],
    ['linked', true],
    // A story's own sentence around its links is prose, however dense the links.
    ['linked-sentence', false],
    // A pop-up card of a name's stories goes; the name in the sentence stays.
    ['card', true],
    ['name', false],
  ])('#%s is left out: %s', (id, expected) => {
    expect(skip(content.getElementById(id)!)).toBe(expected);
  });

  it('judges a live Text node by the containers it sits in', () => {
    const { skipLiveText } = boilerplateIn(content.getElementById('content')!);
    const shareText = content.getElementById('share')!.firstChild as Text;
    const proseText = content.getElementById('prose')!.firstChild as Text;
    expect([skipLiveText(shareText), skipLiveText(proseText)]).toEqual([true, false]);
  });

  it("leaves out a control's short labels, counting each Chinese character as a word", () => {
    const page = new DOMParser().parseFromString(
      `<div id="content"><p>${'The council met on Monday and agreed the budget for the coming year. '.repeat(8)}</p>
        <div tabindex="0" id="player"><p>播放</p><p>暂停</p><p>全屏</p></div>
        <div tabindex="0" id="lines"><p>人工智能公司开发出一款能够学习的计算机</p><p>它可以回答数据结构中不同项目之间的关系</p><p>研究结果发表在科学刊物上</p></div></div>`,
      'text/html',
    );
    const { skipElement } = boilerplateIn(page.getElementById('content')!);
    expect([skipElement(page.getElementById('player')!), skipElement(page.getElementById('lines')!)]).toEqual([
      true,
      false,
    ]);
  });

  it('keeps a container named like boilerplate when it holds most of the content', () => {
    const page = new DOMParser().parseFromString(
      `<div id="content"><div class="article-share-wrapper" id="wrapper"><p>${'Most of the story sits here. '.repeat(20)}</p></div></div>`,
      'text/html',
    );
    expect(boilerplateIn(page.getElementById('content')!).skipElement(page.getElementById('wrapper')!)).toBe(false);
  });
});
