import json, sys, itertools
NB='\u00a0'; NNB='\u202f'
B=10**9
def M(t,v,u,tag=None,**kw): return dict(text=t,kind='money',value=v,unit=u,tag=tag,**kw)
def Q(t,v,u,tag=None,**kw): return dict(text=t,kind='quantity',value=v,unit=u,tag=tag,**kw)
def P(t,v,tag=None,**kw): return dict(text=t,kind='percent',value=v,unit='%',tag=tag,**kw)
def Y(t,v,tag=None,**kw): return dict(text=t,kind='date',value=v,unit='year',tag=tag,**kw)
def MO(t,v,tag=None,**kw): return dict(text=t,kind='date',value=v,unit='month',tag=tag,**kw)
def D(t,v,tag=None,**kw): return dict(text=t,kind='date',value=v,unit='day',tag=tag,**kw)
def QU(t,v,tag=None,**kw): return dict(text=t,kind='date',value=v,unit='quarter',tag=tag,**kw)

def build(cluster, event, files, claims):
    out={'cluster':cluster,'event':event,'files':{},'claims':[]}
    mentions={}  # claim -> list of (group, mention)
    for name,(lang,pub,figs) in files.items():
        text=open(f'{cluster}/{name}',encoding='utf-8').read()
        cur=0; gf=[]
        for f in figs:
            pos=text.find(f['text'],cur)
            if pos<0: sys.exit(f'NOT FOUND after {cur}: {f["text"]!r} in {name}')
            occ=0; i=text.find(f['text'])
            while i!=pos: occ+=1; i=text.find(f['text'],i+1)
            cur=pos+1
            g={'text':f['text'],'occurrence':occ,'kind':f['kind'],'value':f['value'],'unit':f['unit']}
            if f.get('optional'): g['optional']=True
            if f.get('range'): g['range']=f['range']
            gf.append(g)
            for tag in (f['tag'].split(',') if f['tag'] else []):
                cid,grp=(tag.split(':')+['a'])[:2]
                mentions.setdefault(cid,[]).append((grp,{'file':name,'text':f['text'],'occurrence':occ}))
        out['files'][name]={'language':lang,'published':pub,'figures':gf}
    for cid,(desc,conf,note) in claims.items():
        ms=mentions.pop(cid)
        pairs=[]
        for (a,b) in conf:
            for i,(gi,_) in enumerate(ms):
                for j,(gj,_) in enumerate(ms):
                    if i<j and ((gi==a and gj==b) or (gi==b and gj==a)): pairs.append([i,j])
        out['claims'].append({'id':cid,'description':desc,'mentions':[m for _,m in ms],'conflicting_pairs':sorted(pairs),'note':note})
    assert not mentions, mentions.keys()
    json.dump(out,open(f'{cluster}/gold.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
    print(cluster, sum(len(v['figures']) for v in out['files'].values()), 'figures', len(out['claims']),'claims', sum(len(c['conflicting_pairs']) for c in out['claims']),'pairs')
